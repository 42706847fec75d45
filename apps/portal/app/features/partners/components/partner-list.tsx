import { PARTNER_STATUSES, PARTNER_TYPES } from '@selvhjelp/domain';
import { AppLink } from '../../../shared/ui/app-link';
import { namedOptions, optionsOf } from '../../../shared/forms/form-fields';
import { SearchFilter, SelectFilter } from '../../../shared/list/filter-fields';
import type { PartnerStatus, PartnerType } from '../../../generated/graphql';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { partnerStatusLabel, partnerTypeLabel } from '../labels';
import type { PartnerListQuery } from '../list-query';
import { NO_CONTACT_MONTHS } from '../list-query';
import { ListFilters, ListTable } from '../../../shared/list/list-kit';

export interface PartnerFiltersProps {
  query: PartnerListQuery;
  municipalities: readonly { number: string; name: string }[];
  resetHref: string;
}

/** The list's filters: a GET form, so the address holds the state and works without JavaScript. */
export function PartnerFilters({ query, municipalities, resetHref }: PartnerFiltersProps) {
  const { t, lang } = useI18n();
  const options = {
    type: optionsOf(PARTNER_TYPES, (type) => partnerTypeLabel(lang, type)),
    municipality: namedOptions(municipalities),
    status: optionsOf(PARTNER_STATUSES, (status) => partnerStatusLabel(lang, status)),
    months: optionsOf(NO_CONTACT_MONTHS, (months) => t('partners.list.months', { months })),
  };
  return (
    <ListFilters label={t('partners.list.filters')} values={query} resetTo={resetHref}>
      <SearchFilter label={t('partners.list.search')} />
      <SelectFilter name="type" label={t('partners.field.type')} options={options.type} />
      <SelectFilter name="municipality" label={t('partners.field.municipalityNumber')} options={options.municipality} />
      <SelectFilter name="status" label={t('partners.field.status')} options={options.status} />
      <SelectFilter
        name="months"
        label={t('partners.list.noContactFor')}
        all={t('partners.list.anyContact')}
        options={options.months}
      />
    </ListFilters>
  );
}

export interface PartnerRow {
  id: string;
  name: string;
  type: PartnerType;
  status: PartnerStatus;
  lastContactOn?: string | null;
  municipality: { name: string };
}

export function PartnerTable({
  partners,
  totalCount,
  base,
}: {
  partners: readonly PartnerRow[];
  totalCount: number;
  /** Where a partner's page is; null where the viewer has none (the national office, since it names contact persons). */
  base: string | null;
}) {
  const { t, lang, formatDate } = useI18n();
  return (
    <ListTable
      caption={t('partners.list.caption', { count: totalCount })}
      columns={[
        t('partners.field.name'),
        t('partners.field.type'),
        t('partners.field.municipalityNumber'),
        t('partners.field.status'),
        t('partners.field.lastContactOn'),
      ]}
      rows={partners}
      rowKey={(partner) => partner.id}
      cells={(partner) => [
        base ? (
          <AppLink key="name" to={`${base}/${partner.id}`}>
            {partner.name}
          </AppLink>
        ) : (
          partner.name
        ),
        partnerTypeLabel(lang, partner.type),
        partner.municipality.name,
        partnerStatusLabel(lang, partner.status),
        partner.lastContactOn ? formatDate(partner.lastContactOn) : t('partners.list.never'),
      ]}
      empty={t('partners.list.empty')}
      rowHeaders
    />
  );
}
