import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { AppLink } from '../../../shared/ui/app-link';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { CancelConfirmation } from '../cancel-confirmation';

export interface CancelConfirmationFormProps {
  confirmation: CancelConfirmation;
  /** The course page: where the form posts and where "no" goes. */
  cancelHref: string;
}

/**
 * The second step of a cancellation (a plain POST, so it works without JavaScript): who leaves,
 * who gets the seat, and what the user saw, for the gateway to check.
 */
export function CancelConfirmationForm({ confirmation, cancelHref }: CancelConfirmationFormProps) {
  const { t } = useI18n();
  const consequence = confirmation.promoted
    ? t('courses.cancel.seatGoesTo', { name: confirmation.promoted.name })
    : confirmation.waiting
      ? t('courses.cancel.leavesWaitingList')
      : t('courses.cancel.seatFree');
  return (
    <Form method="post" action={cancelHref} className="portal-form" aria-labelledby="cancel-confirm-heading">
      <Heading level={3} data-size="2xs" id="cancel-confirm-heading">
        {t('courses.cancel.heading')}
      </Heading>
      <input type="hidden" name="intent" value="confirm-cancel" />
      <input type="hidden" name="enrolmentId" value={confirmation.enrolmentId} />
      <input type="hidden" name="courseVersion" value={String(confirmation.courseVersion)} />
      <input type="hidden" name="promotedEnrolmentId" value={confirmation.promoted?.enrolmentId ?? ''} />
      <Alert data-color="warning" role="alert">
        <Paragraph>{t('courses.cancel.question', { name: confirmation.name })}</Paragraph>
        <Paragraph>{consequence}</Paragraph>
      </Alert>
      <div className="portal-actions">
        <Button type="submit" data-color="danger">
          {t('courses.cancel.confirm')}
        </Button>
        <AppLink to={cancelHref}>{t('courses.cancel.keep')}</AppLink>
      </div>
    </Form>
  );
}
