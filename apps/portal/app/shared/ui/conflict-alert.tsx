import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from './app-link';
import { useI18n } from '../i18n/i18n-context';

export interface ConflictAlertProps {
  reloadHref: string;
  /** Whose wording: the catalogue with `<prefix>.conflict.heading`, `.body` and `.reload`. */
  catalogue: 'partners' | 'outreach' | 'peers' | 'inquiries' | 'referrals' | 'cases' | 'surveys' | 'apiClients';
  testId?: string;
}

/** A stale edit: what the user typed is still in the form; reloading shows what is saved now. */
export function ConflictAlert({ reloadHref, catalogue, testId }: ConflictAlertProps) {
  const { t } = useI18n();
  return (
    <Alert data-color="warning" role="alert" data-testid={testId}>
      <Heading level={2} data-size="xs">
        {t(`${catalogue}.conflict.heading`)}
      </Heading>
      <Paragraph>{t(`${catalogue}.conflict.body`)}</Paragraph>
      <Paragraph>
        <AppLink to={reloadHref} reloadDocument>
          {t(`${catalogue}.conflict.reload`)}
        </AppLink>
      </Paragraph>
    </Alert>
  );
}
