import { ACTIVITY_STATUSES, ACTIVITY_TYPES, AUDIENCE_TYPES } from '@selvhjelp/domain';
import { namedOptions, optionsOf } from '../../../shared/forms/form-fields';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { activityStatusLabel, activityTypeLabel, audienceLabel } from '../labels';
import type { ActivityLogQuery } from '../log-query';
import { ListFilters } from '../../../shared/list/list-kit';
import { DateFilter, SearchFilter, SelectFilter } from '../../../shared/list/filter-fields';

export interface ActivityFiltersProps {
  query: ActivityLogQuery;
  partners: readonly { id: string; name: string }[];
  /** The log with the default filter, for "clear". */
  resetHref: string;
}

/** A GET form: the filter is the URL, shared by the list, its totals and the CSV export. */
export function ActivityFilters({ query, partners, resetHref }: ActivityFiltersProps) {
  const { t, lang } = useI18n();
  const options = {
    type: optionsOf(ACTIVITY_TYPES, (type) => activityTypeLabel(lang, type)),
    status: optionsOf(ACTIVITY_STATUSES, (status) => activityStatusLabel(lang, status)),
    audience: optionsOf(AUDIENCE_TYPES, (audience) => audienceLabel(lang, audience)),
  };
  return (
    <ListFilters
      label={t('outreach.filter.heading')}
      idPrefix="activities-filter"
      values={query}
      resetTo={resetHref}
      resetLabel={t('outreach.filter.reset')}
    >
      <SearchFilter label={t('outreach.filter.search')} />
      <SelectFilter name="type" label={t('outreach.field.type')} options={options.type} />
      <SelectFilter name="status" label={t('outreach.field.status')} options={options.status} />
      <DateFilter name="from" label={t('outreach.filter.from')} />
      <DateFilter name="to" label={t('outreach.filter.to')} />
      <SelectFilter name="partner" label={t('outreach.filter.partner')} options={namedOptions(partners)} />
      <SelectFilter name="audience" label={t('outreach.filter.audience')} options={options.audience} />
    </ListFilters>
  );
}
