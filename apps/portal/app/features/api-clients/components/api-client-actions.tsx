import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, useNavigation } from 'react-router';
import { TextField } from '../../../shared/forms/form-fields';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { AppLink } from '../../../shared/ui/app-link';

export interface RotateKeyProps {
  action: string;
  version: number;
  /** What was typed, after a refusal. */
  overlapDays: string;
  error: string | null;
  /** The error belongs to the days field (else it is about the whole rotation, e.g. a stale version). */
  fieldError: boolean;
}

/** A new key, with the days the keys in use keep working (0–30). */
export function RotateKey({ action, version, overlapDays, error, fieldError }: RotateKeyProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  return (
    <section aria-labelledby="rotate-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="rotate-heading">
        {t('apiClients.rotate.heading')}
      </Heading>
      <Paragraph>{t('apiClients.rotate.explanation')}</Paragraph>
      {error && !fieldError ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
      <Form method="post" action={action} className="portal-form portal-stack" noValidate>
        <input type="hidden" name="intent" value="rotate" />
        <input type="hidden" name="version" value={version} />
        <TextField
          id="api-client-overlapDays"
          name="overlapDays"
          label={t('apiClients.field.overlapDays')}
          description={t('apiClients.field.overlapDaysHint')}
          defaultValue={overlapDays}
          error={fieldError ? (error ?? undefined) : undefined}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <div className="portal-actions">
          <Button type="submit" variant="secondary" loading={navigation.state === 'submitting'}>
            {t('apiClients.rotate.submit')}
          </Button>
        </div>
      </Form>
    </section>
  );
}

export interface RevokeClientProps {
  action: string;
  name: string;
  confirming: boolean;
  error: string | null;
}

/** Revoking in two POSTs, so it works without JavaScript: intent=revoke asks, intent=confirm-revoke revokes. */
export function RevokeClient({ action, name, confirming, error }: RevokeClientProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="revoke-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="revoke-heading">
        {t('apiClients.revoke.heading')}
      </Heading>
      {error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
      {confirming ? (
        <Form method="post" action={action} className="portal-form">
          <input type="hidden" name="intent" value="confirm-revoke" />
          <Alert data-color="danger" role="alert">
            <Paragraph>{t('apiClients.revoke.question', { name })}</Paragraph>
          </Alert>
          <div className="portal-actions">
            <Button type="submit" data-color="danger">
              {t('apiClients.revoke.confirm')}
            </Button>
            <AppLink to={action}>{t('apiClients.form.cancel')}</AppLink>
          </div>
        </Form>
      ) : (
        <Form method="post" action={action} className="portal-form">
          <Paragraph>{t('apiClients.revoke.explanation')}</Paragraph>
          <input type="hidden" name="intent" value="revoke" />
          <div className="portal-actions">
            <Button type="submit" variant="secondary" data-color="danger">
              {t('apiClients.revoke.start')}
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}
