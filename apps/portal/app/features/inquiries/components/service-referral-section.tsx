import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ServiceReferralKind } from '../../../generated/graphql';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { serviceReferralLine } from '../service-referral';

export interface ServiceReferralSectionProps {
  referral: {
    kind: ServiceReferralKind;
    reference: string;
    clientName: string;
    serviceUnit: string;
    serviceContactName?: string | null;
    serviceContactPhone?: string | null;
    serviceContactEmail?: string | null;
    contactTimes?: string | null;
    talkTopic?: string | null;
    talkAudienceSize?: number | null;
    talkWishedFrom?: string | null;
    talkWishedTo?: string | null;
    talkPlace?: string | null;
  };
}

/** What a public service sent through the API with the inquiry (henvisning fra tjeneste, decision 0033). */
export function ServiceReferralSection({ referral }: ServiceReferralSectionProps) {
  const { t, formatDate } = useI18n();
  const none = t('inquiries.none');
  const contact = [referral.serviceContactName, referral.serviceContactPhone, referral.serviceContactEmail]
    .filter(Boolean)
    .join(', ');
  const talk = referral.kind === 'TALK_REQUEST';
  return (
    <section aria-labelledby="inquiry-service-referral-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="inquiry-service-referral-heading">
        {t('inquiries.serviceReferral.heading')}
      </Heading>
      <Paragraph data-testid="service-referral-line">{serviceReferralLine(t, referral)}</Paragraph>
      <dl className="portal-facts">
        <dt>{t('inquiries.serviceReferral.kind')}</dt>
        <dd>{t(`inquiries.serviceReferral.kind.${referral.kind}`)}</dd>
        <dt>{t('inquiries.serviceReferral.reference')}</dt>
        <dd>{referral.reference}</dd>
        <dt>{t('inquiries.serviceReferral.client')}</dt>
        <dd>{referral.clientName}</dd>
        <dt>{t('inquiries.serviceReferral.unit')}</dt>
        <dd>{referral.serviceUnit}</dd>
        <dt>{t('inquiries.serviceReferral.contact')}</dt>
        <dd>{contact || none}</dd>
        {talk ? (
          <>
            <dt>{t('inquiries.serviceReferral.topic')}</dt>
            <dd>{referral.talkTopic ?? none}</dd>
            <dt>{t('inquiries.serviceReferral.audience')}</dt>
            <dd>{referral.talkAudienceSize ?? none}</dd>
            <dt>{t('inquiries.serviceReferral.period')}</dt>
            <dd>
              {referral.talkWishedFrom && referral.talkWishedTo
                ? `${formatDate(referral.talkWishedFrom)} – ${formatDate(referral.talkWishedTo)}`
                : none}
            </dd>
            <dt>{t('inquiries.serviceReferral.place')}</dt>
            <dd>{referral.talkPlace ?? none}</dd>
          </>
        ) : (
          <>
            <dt>{t('inquiries.serviceReferral.contactTimes')}</dt>
            <dd>{referral.contactTimes ?? none}</dd>
          </>
        )}
      </dl>
      <Paragraph data-size="sm">{t('inquiries.serviceReferral.statusHint')}</Paragraph>
    </section>
  );
}
