import { ACTIVITY_STATUSES, ACTIVITY_TYPES, AUDIENCE_TYPES } from '@selvhjelp/domain';
import { SelectField, TextField } from '../../../shared/forms/form-fields';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { activityStatusLabel, activityTypeLabel, audienceLabel } from '../labels';
import type { ActivityLogQuery } from '../log-query';
import { ListFilters } from '../../../shared/list/list-kit';

export interface ActivityFiltersProps {
  query: ActivityLogQuery;
  partners: readonly { id: string; name: string }[];
  /** The log with the default filter, for "clear". */
  resetHref: string;
}

/** A GET form: the filter is the URL, shared by the list, its totals and the CSV export. */
export function ActivityFilters({ query, partners, resetHref }: ActivityFiltersProps) {
  const { t, lang } = useI18n();
  const all = <option value="">{t('outreach.filter.all')}</option>;
  return (
    <ListFilters label={t('outreach.filter.heading')} resetTo={resetHref} resetLabel={t('outreach.filter.reset')}>
      <TextField
        id="activities-filter-search"
        name="q"
        type="search"
        label={t('outreach.filter.search')}
        defaultValue={query.q}
      />
      <SelectField id="activities-filter-type" name="type" label={t('outreach.field.type')} defaultValue={query.type}>
        {all}
        {ACTIVITY_TYPES.map((type) => (
          <option key={type} value={type}>
            {activityTypeLabel(lang, type)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="activities-filter-status"
        name="status"
        label={t('outreach.field.status')}
        defaultValue={query.status}
      >
        {all}
        {ACTIVITY_STATUSES.map((status) => (
          <option key={status} value={status}>
            {activityStatusLabel(lang, status)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="activities-filter-from"
        name="from"
        type="date"
        label={t('outreach.filter.from')}
        defaultValue={query.from}
      />
      <TextField
        id="activities-filter-to"
        name="to"
        type="date"
        label={t('outreach.filter.to')}
        defaultValue={query.to}
      />
      <SelectField
        id="activities-filter-partner"
        name="partner"
        label={t('outreach.filter.partner')}
        defaultValue={query.partner}
      >
        {all}
        {partners.map((partner) => (
          <option key={partner.id} value={partner.id}>
            {partner.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="activities-filter-audience"
        name="audience"
        label={t('outreach.filter.audience')}
        defaultValue={query.audience}
      >
        {all}
        {AUDIENCE_TYPES.map((audience) => (
          <option key={audience} value={audience}>
            {audienceLabel(lang, audience)}
          </option>
        ))}
      </SelectField>
    </ListFilters>
  );
}
