import { Heading } from '@digdir/designsystemet-react';
import type { PartnerStatus, PartnerType } from '../../../generated/graphql';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { partnerStatusLabel, partnerTypeLabel } from '../labels';

export interface PartnerFactsProps {
  partner: {
    type: PartnerType;
    status: PartnerStatus;
    organisationNumber?: string | null;
    municipality: { name: string };
    streetAddress?: string | null;
    postalCode?: string | null;
    postalPlace?: string | null;
    website?: string | null;
    notes?: string | null;
    lastContactOn?: string | null;
    districts: readonly { id: string; name: string }[];
  };
}

/** Only http(s) addresses become links; anything else is shown as text. */
const isWebLink = (value: string) => /^https?:\/\//i.test(value);

export function PartnerFacts({ partner }: PartnerFactsProps) {
  const { t, lang, formatDate } = useI18n();
  const none = t('groups.none');
  const postal = [partner.postalCode, partner.postalPlace].filter(Boolean).join(' ');
  const address = [partner.streetAddress, postal].filter(Boolean).join(', ');
  return (
    <section aria-labelledby="facts-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="facts-heading">
        {t('partners.page.facts')}
      </Heading>
      <dl className="portal-facts">
        <dt>{t('partners.field.type')}</dt>
        <dd>{partnerTypeLabel(lang, partner.type)}</dd>
        <dt>{t('partners.field.status')}</dt>
        <dd>{partnerStatusLabel(lang, partner.status)}</dd>
        <dt>{t('partners.field.organisationNumber')}</dt>
        <dd>{partner.organisationNumber ?? none}</dd>
        <dt>{t('partners.field.municipalityNumber')}</dt>
        <dd>{partner.municipality.name}</dd>
        <dt>{t('partners.page.address')}</dt>
        <dd>{address || none}</dd>
        <dt>{t('partners.field.website')}</dt>
        <dd>
          {partner.website && isWebLink(partner.website) ? (
            <a href={partner.website} rel="noopener noreferrer" className="ds-link">
              {partner.website}
            </a>
          ) : (
            (partner.website ?? none)
          )}
        </dd>
        <dt>{t('partners.page.districts')}</dt>
        <dd>{partner.districts.map(({ name }) => name).join(', ') || none}</dd>
        <dt>{t('partners.field.lastContactOn')}</dt>
        <dd>{partner.lastContactOn ? formatDate(partner.lastContactOn) : t('partners.list.never')}</dd>
        <dt>{t('partners.field.notes')}</dt>
        <dd className="portal-pre-line">{partner.notes ?? none}</dd>
      </dl>
    </section>
  );
}
