import { Button, Heading } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import type { ConsentPurpose } from '../../../generated/graphql';
import { FormAlert } from '../../../shared/forms/form-fields';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { consentPurposeLabel } from '../labels';

export interface ConsentSectionProps {
  consents: readonly {
    id: string;
    purpose: ConsentPurpose;
    givenOn: string;
    wording: string;
    withdrawnOn?: string | null;
    inForce: boolean;
  }[];
  errors: readonly string[];
}

/** Each consent with its day and words; one in force can be withdrawn with a plain POST. */
export function ConsentSection({ consents, errors }: ConsentSectionProps) {
  const { t, lang, formatDate } = useI18n();
  return (
    <section aria-labelledby="inquiry-consents-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="inquiry-consents-heading">
        {t('inquiries.page.consents')}
      </Heading>
      <FormAlert messages={errors} />
      {consents.length === 0 ? (
        <p>{t('inquiries.page.noConsents')}</p>
      ) : (
        <ul className="portal-stack" data-testid="inquiry-consents">
          {consents.map((consent) => {
            const purpose = consentPurposeLabel(lang, consent.purpose);
            return (
              <li key={consent.id}>
                <strong>{purpose}</strong>
                {' – '}
                {t('inquiries.page.consentGiven', { date: formatDate(consent.givenOn) })}
                {consent.withdrawnOn
                  ? `, ${t('inquiries.page.consentWithdrawn', { date: formatDate(consent.withdrawnOn) })}`
                  : null}
                <br />
                {t('inquiries.page.consentWording')}: «{consent.wording}»
                {consent.inForce ? (
                  <Form method="post" className="portal-actions">
                    <input type="hidden" name="intent" value="withdraw-consent" />
                    <input type="hidden" name="purpose" value={consent.purpose} />
                    <Button type="submit" variant="secondary" data-size="sm">
                      {t('inquiries.page.withdraw', { purpose })}
                    </Button>
                  </Form>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
