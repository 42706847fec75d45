import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { TextField } from '../../../shared/forms/form-fields';
import { useI18n } from '../../../shared/i18n/i18n-context';

export interface CalendarSubscriptionProps {
  /** The viewer's working subscription, if any. */
  feed: { createdAt: string; lastUsedAt?: string | null } | null;
  /** The address just made (shown this once), or whether the last one was stopped. */
  result:
    | { intent: 'create-feed'; url: string }
    | { intent: 'revoke-feed'; revoked: boolean }
    | { intent: 'error'; message: string }
    | null;
}

/** Subscribe to the district's planned activities from Outlook, Google or Apple calendars. */
export function CalendarSubscription({ feed, result }: CalendarSubscriptionProps) {
  const { t, formatDateTime } = useI18n();
  const created = result?.intent === 'create-feed' ? result.url : null;
  return (
    <section aria-labelledby="calendar-subscription-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="calendar-subscription-heading">
        {t('outreach.feed.heading')}
      </Heading>
      <Paragraph>{t('outreach.feed.intro')}</Paragraph>
      {created ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('outreach.feed.created')}</Paragraph>
          <TextField id="calendar-feed-url" label={t('outreach.feed.url')} defaultValue={created} readOnly />
        </Alert>
      ) : null}
      {result?.intent === 'revoke-feed' ? (
        <Alert role="status">{t(result.revoked ? 'outreach.feed.revoked' : 'outreach.feed.noneToRevoke')}</Alert>
      ) : null}
      {result?.intent === 'error' ? (
        <Alert data-color="danger" role="alert">
          {result.message}
        </Alert>
      ) : null}
      {feed && !created ? (
        <Paragraph>
          {t('outreach.feed.active', { createdAt: formatDateTime(feed.createdAt) })}{' '}
          {feed.lastUsedAt
            ? t('outreach.feed.lastUsed', { lastUsedAt: formatDateTime(feed.lastUsedAt) })
            : t('outreach.feed.neverUsed')}
        </Paragraph>
      ) : null}
      <div className="portal-actions">
        <Form method="post">
          <input type="hidden" name="intent" value="create-feed" />
          <Button type="submit" variant="secondary">
            {feed || created ? t('outreach.feed.replace') : t('outreach.feed.create')}
          </Button>
        </Form>
        {feed || created ? (
          <Form method="post">
            <input type="hidden" name="intent" value="revoke-feed" />
            <Button type="submit" variant="tertiary">
              {t('outreach.feed.revoke')}
            </Button>
          </Form>
        ) : null}
      </div>
    </section>
  );
}
