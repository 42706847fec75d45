import { GROUP_STATUSES, THEMES } from '@selvhjelp/domain';
import { SelectField, TextField } from '../../../shared/forms/form-fields';
import type { GroupListQuery } from '../list-query';
import { GROUP_SORT_KEYS } from '../list-query';
import { statusLabel } from '../labels';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ListFilters } from '../../../shared/list/list-kit';

export interface GroupListFiltersProps {
  query: GroupListQuery;
  municipalities: readonly { number: string; name: string }[];
  districts: readonly { id: string; name: string }[];
  /** The list without any filter, for "clear". */
  resetHref: string;
}

/** A GET form: the filters are the URL, so they work without JavaScript and can be bookmarked. */
export function GroupListFilters({ query, municipalities, districts, resetHref }: GroupListFiltersProps) {
  const { t, lang } = useI18n();
  const all = <option value="">{t('groups.filter.all')}</option>;
  return (
    <ListFilters label={t('groups.filter.heading')} resetTo={resetHref}>
      <TextField
        id="groups-filter-search"
        name="q"
        type="search"
        label={t('groups.filter.search')}
        defaultValue={query.search}
      />
      <SelectField
        id="groups-filter-status"
        name="status"
        label={t('groups.list.status')}
        defaultValue={query.statuses[0] ?? ''}
      >
        {all}
        {GROUP_STATUSES.map((status) => (
          <option key={status} value={status}>
            {statusLabel(lang, status)}
          </option>
        ))}
      </SelectField>
      <SelectField id="groups-filter-theme" name="theme" label={t('groups.list.themes')} defaultValue={query.theme}>
        {all}
        {THEMES.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {theme.labels[lang]}
          </option>
        ))}
      </SelectField>
      {municipalities.length > 0 ? (
        <SelectField
          id="groups-filter-municipality"
          name="municipality"
          label={t('groups.list.municipality')}
          defaultValue={query.municipality}
        >
          {all}
          {municipalities.map((municipality) => (
            <option key={municipality.number} value={municipality.number}>
              {municipality.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      {districts.length > 0 ? (
        <SelectField
          id="groups-filter-district"
          name="district"
          label={t('groups.list.district')}
          defaultValue={query.district}
        >
          {all}
          {districts.map((district) => (
            <option key={district.id} value={district.id}>
              {district.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField id="groups-filter-open" name="open" label={t('groups.filter.open')} defaultValue={query.open}>
        {all}
        <option value="true">{t('groups.filter.openYes')}</option>
        <option value="false">{t('groups.filter.openNo')}</option>
      </SelectField>
      <TextField
        id="groups-filter-follow-up"
        name="followUpBefore"
        type="date"
        label={t('groups.filter.followUpBefore')}
        defaultValue={query.followUpBefore}
      />
      <SelectField id="groups-filter-sort" name="sort" label={t('groups.filter.sort')} defaultValue={query.sort}>
        {GROUP_SORT_KEYS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`groups.sort.${sort}` as MessageKey)}
          </option>
        ))}
      </SelectField>
    </ListFilters>
  );
}
