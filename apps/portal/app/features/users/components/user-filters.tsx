import type { Role } from '../../../generated/graphql';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ROLES } from '../../../shared/layout/navigation';
import { SelectField } from '../../../shared/forms/form-fields';
import { ListFilters } from '../../../shared/list/list-kit';

export interface UserFilterValues {
  role: Role | '';
  active: 'true' | 'false' | '';
  district: string;
}

/** A GET form: filters live in the URL, so they work without JavaScript and can be bookmarked. */
export function UserFilters({
  filters,
  districtOptions,
}: {
  filters: UserFilterValues;
  districtOptions: readonly { id: string; name: string }[];
}) {
  const { t } = useI18n();
  return (
    <ListFilters label={t('users.filter.heading')}>
      <SelectField id="filter-role" label={t('users.filter.role')} name="role" defaultValue={filters.role}>
        <option value="">{t('users.filter.all')}</option>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`role.${role}` as MessageKey)}
          </option>
        ))}
      </SelectField>
      <SelectField id="filter-active" label={t('users.filter.active')} name="active" defaultValue={filters.active}>
        <option value="">{t('users.filter.all')}</option>
        <option value="true">{t('users.filter.activeOnly')}</option>
        <option value="false">{t('users.filter.inactiveOnly')}</option>
      </SelectField>
      {districtOptions.length > 0 ? (
        <SelectField
          id="filter-district"
          label={t('users.list.district')}
          name="district"
          defaultValue={filters.district}
        >
          <option value="">{t('users.filter.all')}</option>
          {districtOptions.map((district) => (
            <option key={district.id} value={district.id}>
              {district.name}
            </option>
          ))}
        </SelectField>
      ) : null}
    </ListFilters>
  );
}
