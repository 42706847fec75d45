import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { FormAlert, SelectField, TextField } from '../../../shared/forms/form-fields';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { CoursePageActionData } from '../course-actions.server';

type ExceptionResult = Extract<CoursePageActionData, { intent: 'exception' }>;

export interface AttendanceExceptionSectionProps {
  /** Enrolled participants who did not attend every session and have no exception yet. */
  candidates: readonly { id: string; facilitator: { name: string }; attended: number }[];
  sessionCount: number;
  result?: ExceptionResult | undefined;
}

/** The district lead approves that a participant completes without full attendance, with a short reason. */
export function AttendanceExceptionSection({ candidates, sessionCount, result }: AttendanceExceptionSectionProps) {
  const { t } = useI18n();
  const failed = result && !result.ok ? result : undefined;
  if (candidates.length === 0 && !result) return null;
  return (
    <section aria-labelledby="exception-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="exception-heading">
        {t('courses.exception.heading')}
      </Heading>
      {result?.ok ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('courses.exception.done', { name: result.name })}</Paragraph>
        </Alert>
      ) : null}
      {candidates.length > 0 ? (
        <Form method="post" className="portal-form" aria-labelledby="exception-heading">
          <Paragraph>{t('courses.exception.intro')}</Paragraph>
          <FormAlert messages={failed?.errors.form ?? []} />
          <input type="hidden" name="intent" value="exception" />
          <SelectField
            id="exception-enrolment"
            name="enrolmentId"
            label={t('courses.exception.participant')}
            defaultValue={failed?.enrolmentId ?? ''}
          >
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {`${candidate.facilitator.name} (${candidate.attended} / ${sessionCount})`}
              </option>
            ))}
          </SelectField>
          <TextField
            id="exception-reason"
            name="reason"
            label={t('courses.exception.reason')}
            maxLength={300}
            defaultValue={failed?.reason ?? ''}
            error={failed?.errors.fields.reason}
          />
          <div>
            <Button type="submit">{t('courses.exception.submit')}</Button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
