import { GROUP_STATUSES, THEMES } from '@selvhjelp/domain';
import { namedOptions, optionsOf } from '../../../shared/forms/form-fields';
import type { GroupListQuery } from '../list-query';
import { GROUP_SORT_KEYS } from '../list-query';
import { statusLabel } from '../labels';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ListFilters } from '../../../shared/list/list-kit';
import { DateFilter, SearchFilter, SelectFilter } from '../../../shared/list/filter-fields';

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
  const options = {
    status: optionsOf(GROUP_STATUSES, (status) => statusLabel(lang, status)),
    theme: THEMES.map((theme) => ({ value: theme.id, label: theme.labels[lang] })),
    municipality: namedOptions(municipalities),
    sort: optionsOf(GROUP_SORT_KEYS, (sort) => t(`groups.sort.${sort}` as MessageKey)),
  };
  const values = { ...query, q: query.search, status: query.statuses[0] ?? '' };
  return (
    <ListFilters label={t('groups.filter.heading')} idPrefix="groups-filter" values={values} resetTo={resetHref}>
      <SearchFilter label={t('groups.filter.search')} />
      <SelectFilter name="status" label={t('groups.list.status')} options={options.status} />
      <SelectFilter name="theme" label={t('groups.list.themes')} options={options.theme} />
      {municipalities.length > 0 ? (
        <SelectFilter name="municipality" label={t('groups.list.municipality')} options={options.municipality} />
      ) : null}
      {districts.length > 0 ? (
        <SelectFilter name="district" label={t('groups.list.district')} options={namedOptions(districts)} />
      ) : null}
      <SelectFilter
        name="open"
        label={t('groups.filter.open')}
        options={[
          { value: 'true', label: t('groups.filter.openYes') },
          { value: 'false', label: t('groups.filter.openNo') },
        ]}
      />
      <DateFilter name="followUpBefore" label={t('groups.filter.followUpBefore')} />
      <SelectFilter name="sort" label={t('groups.filter.sort')} all={false} options={options.sort} />
    </ListFilters>
  );
}
