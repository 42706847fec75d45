import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { AppLink } from '../../../shared/ui/app-link';
import { CheckboxField } from '../../../shared/forms/choice-fields';
import { FormErrorSummary, summaryOf } from '../../../shared/forms/error-summary';
import { TextField } from '../../../shared/forms/form-fields';
import { bindFields } from '../../../shared/forms/field-binding';
import type { FormErrors } from '../../../shared/forms/form-errors';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { PlanFormField, PlanFormValues } from '../inquiry-page-forms';
import { PLAN_FORM_FIELDS } from '../inquiry-page-forms';

const LABELS: Record<PlanFormField, MessageKey> = {
  title: 'inquiries.page.planTitle',
  date: 'inquiries.page.planDate',
  startTime: 'inquiries.page.planStart',
  endTime: 'inquiries.page.planEnd',
  online: 'inquiries.page.planOnline',
  place: 'inquiries.page.planPlace',
};

export interface PlanActivitySectionProps {
  activity: { id: string; title: string } | null;
  activityHref: (id: string) => string;
  action: { errors: FormErrors<PlanFormField>; values: PlanFormValues } | null;
  /** The form's first values (a service's talk request prefills them). */
  defaults: PlanFormValues;
}

/** A request for a talk or course becomes a planned activity once; then the link to it. */
export function PlanActivitySection({ activity, activityHref, action, defaults }: PlanActivitySectionProps) {
  const { t } = useI18n();
  const id = (field: PlanFormField) => `plan-${field}`;
  const label = (field: PlanFormField) => t(LABELS[field]);
  const field = bindFields({ values: action?.values ?? defaults, errors: action?.errors, id, label });
  return (
    <section aria-labelledby="inquiry-activity-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="inquiry-activity-heading">
        {activity ? t('inquiries.page.activity') : t('inquiries.page.plan')}
      </Heading>
      {activity ? (
        <Paragraph>
          <AppLink to={activityHref(activity.id)}>
            {t('inquiries.page.activityLink', { title: activity.title })}
          </AppLink>
        </Paragraph>
      ) : (
        <Form method="post" className="portal-stack" noValidate>
          <input type="hidden" name="intent" value="plan-activity" />
          {action ? <FormErrorSummary errors={summaryOf(action.errors, PLAN_FORM_FIELDS, id, label)} /> : null}
          <Paragraph data-size="sm">{t('inquiries.page.planHint')}</Paragraph>
          <TextField {...field.text('title')} required />
          <div className="portal-field-row">
            <TextField {...field.text('date')} type="date" required />
            <TextField {...field.text('startTime')} type="time" />
            <TextField {...field.text('endTime')} type="time" />
          </div>
          <CheckboxField {...field.check('online')} />
          <TextField {...field.text('place')} />
          <div className="portal-actions">
            <Button type="submit" variant="secondary">
              {t('inquiries.page.plan')}
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}
