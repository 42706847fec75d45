import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ALLOWED_COURSE_STATUS_TRANSITIONS } from '@selvhjelp/domain';
import { Form } from 'react-router';
import { FormAlert, SelectField, TextareaField } from '../../../shared/forms/form-fields';
import type { CourseStatus } from '../../../generated/graphql';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { courseStatusLabel } from '../labels';
import type { CoursePageActionData } from '../course-actions.server';

type StatusResult = Extract<CoursePageActionData, { intent: 'status' }>;

/** The course's status and a form offering only the allowed next statuses (a reason when cancelling). */
export function CourseStatusSection({
  course,
  result,
}: {
  course: { status: CourseStatus; version: number; cancelReason?: string | null };
  result?: StatusResult | undefined;
}) {
  const { t, lang } = useI18n();
  const next = ALLOWED_COURSE_STATUS_TRANSITIONS[course.status] ?? [];
  const failed = result && !result.ok ? result : undefined;
  return (
    <section aria-labelledby="course-status-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="course-status-heading">
        {t('courses.status.heading')}
      </Heading>
      <Paragraph>{`${t('courses.list.status')}: ${courseStatusLabel(lang, course.status)}`}</Paragraph>
      {course.cancelReason ? <Paragraph>{`${t('courses.status.reason')}: ${course.cancelReason}`}</Paragraph> : null}
      {result?.ok ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('courses.status.changed', { status: courseStatusLabel(lang, result.status) })}</Paragraph>
          {result.status === 'COMPLETED' ? (
            <Paragraph>{t('courses.status.completedCount', { count: result.completed.length })}</Paragraph>
          ) : null}
        </Alert>
      ) : null}
      {next.length > 0 ? (
        <Form method="post" className="portal-form" key={course.version}>
          <FormAlert messages={failed?.errors.form ?? []} />
          <input type="hidden" name="intent" value="status" />
          <input type="hidden" name="version" value={course.version} />
          <SelectField
            id="course-status-new"
            name="status"
            label={t('courses.status.new')}
            defaultValue={failed?.conflict ? '' : (failed?.values.status ?? '')}
            error={failed?.errors.fields.status}
          >
            <option value="">{t('facilitators.field.choose')}</option>
            {next.map((status) => (
              <option key={status} value={status}>
                {courseStatusLabel(lang, status)}
              </option>
            ))}
          </SelectField>
          <TextareaField
            id="course-status-reason"
            name="reason"
            label={t('courses.status.reason')}
            description={t('courses.status.reasonHint')}
            defaultValue={failed?.values.reason ?? ''}
            error={failed?.errors.fields.reason}
          />
          <div>
            <Button type="submit">{t('courses.status.submit')}</Button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
