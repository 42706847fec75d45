import type { Role } from '../../../generated/graphql';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ROLES } from '../../../shared/layout/navigation';
import { namedOptions, optionsOf } from '../../../shared/forms/form-fields';
import { SelectFilter } from '../../../shared/list/filter-fields';
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
    <ListFilters label={t('users.filter.heading')} values={filters}>
      <SelectFilter
        name="role"
        label={t('users.filter.role')}
        options={optionsOf(ROLES, (role) => t(`role.${role}` as MessageKey))}
      />
      <SelectFilter
        name="active"
        label={t('users.filter.active')}
        options={[
          { value: 'true', label: t('users.filter.activeOnly') },
          { value: 'false', label: t('users.filter.inactiveOnly') },
        ]}
      />
      {districtOptions.length > 0 ? (
        <SelectFilter name="district" label={t('users.list.district')} options={namedOptions(districtOptions)} />
      ) : null}
    </ListFilters>
  );
}
