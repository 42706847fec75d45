import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { UsersActionData } from '../users.types';

/** What the last action did: the one-time link (shown only now), a deactivation, or why it failed. */
export function ActionNotice({ result }: { result: UsersActionData | undefined }) {
  const { t, formatDateTime } = useI18n();
  if (!result) return null;
  if (!result.ok) {
    if (result.intent === 'create') return null; // shown in the form, next to the fields
    return (
      <Alert data-color="danger" role="alert">
        <Paragraph>{result.message}</Paragraph>
      </Alert>
    );
  }
  if (result.intent === 'deactivate') {
    return (
      <Alert data-color="success" role="status">
        <Paragraph>{t('users.deactivated', { name: result.name })}</Paragraph>
      </Alert>
    );
  }
  const { ticket } = result;
  return (
    <Alert data-color="success" role="status">
      <Heading level={2} data-size="xs">
        {result.intent === 'create'
          ? t('users.ticket.created', { name: ticket.name })
          : t('users.ticket.reset', { name: ticket.name })}
      </Heading>
      <Paragraph>{t('users.ticket.link')}:</Paragraph>
      <Paragraph className="portal-ticket-link">
        <Link href={ticket.link} data-testid="password-link">
          {ticket.link}
        </Link>
      </Paragraph>
      <Paragraph data-size="sm">{t('users.ticket.hint', { expiresAt: formatDateTime(ticket.expiresAt) })}</Paragraph>
    </Alert>
  );
}
