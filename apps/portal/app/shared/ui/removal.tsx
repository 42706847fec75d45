import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { AppLink } from './app-link';
import { useI18n } from '../i18n/i18n-context';

export interface RemovalProps {
  headingId: string;
  heading: string;
  /** What removing does, shown before the first step. */
  explanation: string;
  /** The question of the second step. */
  question: string;
  startLabel: string;
  /** After the first POST (intent=remove): show the confirmation. */
  confirming: boolean;
  /** The page itself, without `?melding=…`: where the forms post and where "cancel" goes. */
  cancelHref: string;
  /** Sent with the confirmation, e.g. the version the user saw. */
  hiddenFields?: Readonly<Record<string, string>>;
}

/**
 * Removing in two POSTs, so it works without JavaScript: intent=remove shows the question,
 * intent=confirm-remove removes.
 */
export function Removal({
  headingId,
  heading,
  explanation,
  question,
  startLabel,
  confirming,
  cancelHref,
  hiddenFields = {},
}: RemovalProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={headingId} className="portal-stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {heading}
      </Heading>
      {confirming ? (
        <Form method="post" action={cancelHref} className="portal-form">
          <input type="hidden" name="intent" value="confirm-remove" />
          {Object.entries(hiddenFields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <Alert data-color="danger" role="alert">
            <Paragraph>{question}</Paragraph>
          </Alert>
          <div className="portal-actions">
            <Button type="submit" data-color="danger">
              {t('partners.remove.confirm')}
            </Button>
            <AppLink to={cancelHref}>{t('partners.form.cancel')}</AppLink>
          </div>
        </Form>
      ) : (
        <Form method="post" action={cancelHref} className="portal-form">
          <Paragraph>{explanation}</Paragraph>
          <input type="hidden" name="intent" value="remove" />
          <div className="portal-actions">
            <Button type="submit" variant="secondary" data-color="danger">
              {startLabel}
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}
