import { Heading } from '@digdir/designsystemet-react';
import type {
  ContactMethod,
  InquirerType,
  InquiryAction,
  InquiryChannel,
  PublicServiceType,
} from '../../../generated/graphql';
import { AppLink } from '../../../shared/ui/app-link';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { channelLabel, contactMethodLabel, inquirerLabel, inquiryActionLabel, publicServiceLabel } from '../labels';

export interface InquiryFactsProps {
  inquiry: {
    receivedOn: string;
    receivedTime?: string | null;
    channel: InquiryChannel;
    inquirerType: InquirerType;
    publicServiceType?: PublicServiceType | null;
    partner?: { id: string; name: string } | null;
    themes: readonly { id: string; label: string }[];
    municipality?: { name: string } | null;
    minutesSpent: number;
    actions: readonly InquiryAction[];
    note?: string | null;
    personAlias?: string | null;
    contact?: { method: ContactMethod; value: string } | null;
  };
  partnerHref: (id: string) => string;
}

/** What the inquiry was, in the reader's language; personal details only as the gateway sent them. */
export function InquiryFacts({ inquiry, partnerHref }: InquiryFactsProps) {
  const { t, lang, formatDate } = useI18n();
  const none = t('inquiries.none');
  const who =
    inquiry.inquirerType === 'PUBLIC_SERVICE' && inquiry.publicServiceType
      ? `${inquirerLabel(lang, inquiry.inquirerType)}: ${publicServiceLabel(lang, inquiry.publicServiceType)}`
      : inquirerLabel(lang, inquiry.inquirerType);
  const hasPerson = Boolean(inquiry.personAlias || inquiry.contact);
  return (
    <>
      <section aria-labelledby="inquiry-facts-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="inquiry-facts-heading">
          {t('inquiries.page.facts')}
        </Heading>
        <dl className="portal-facts">
          <dt>{t('inquiries.field.receivedOn')}</dt>
          <dd>{formatDate(inquiry.receivedOn)}</dd>
          <dt>{t('inquiries.field.receivedTime')}</dt>
          <dd>{inquiry.receivedTime ?? none}</dd>
          <dt>{t('inquiries.field.channel')}</dt>
          <dd>{channelLabel(lang, inquiry.channel)}</dd>
          <dt>{t('inquiries.field.inquirerType')}</dt>
          <dd>
            {who}
            {inquiry.partner ? (
              <>
                {': '}
                <AppLink to={partnerHref(inquiry.partner.id)}>{inquiry.partner.name}</AppLink>
              </>
            ) : null}
          </dd>
          <dt>{t('inquiries.field.themeIds')}</dt>
          <dd>{inquiry.themes.map(({ label }) => label).join(', ') || none}</dd>
          <dt>{t('inquiries.field.municipalityNumber')}</dt>
          <dd>{inquiry.municipality?.name ?? none}</dd>
          <dt>{t('inquiries.field.minutesSpent')}</dt>
          <dd>{t('inquiries.page.minutes', { minutes: inquiry.minutesSpent })}</dd>
          <dt>{t('inquiries.field.actions')}</dt>
          <dd>{inquiry.actions.map((action) => inquiryActionLabel(lang, action)).join(', ') || none}</dd>
          <dt>{t('inquiries.field.note')}</dt>
          <dd className="portal-pre-line">{inquiry.note ?? none}</dd>
        </dl>
      </section>
      <section aria-labelledby="inquiry-person-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="inquiry-person-heading">
          {t('inquiries.page.person')}
        </Heading>
        {hasPerson ? (
          <dl className="portal-facts">
            <dt>{t('inquiries.field.personAlias')}</dt>
            <dd>{inquiry.personAlias ?? none}</dd>
            <dt>{t('inquiries.field.contactMethod')}</dt>
            <dd>{inquiry.contact ? contactMethodLabel(lang, inquiry.contact.method) : none}</dd>
            <dt>{t('inquiries.field.contactValue')}</dt>
            <dd>{inquiry.contact?.value ?? none}</dd>
          </dl>
        ) : (
          <p>{t('inquiries.page.personHidden')}</p>
        )}
      </section>
    </>
  );
}
