import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { FacilitatorFields } from '../../facilitators/components/facilitator-fields';
import { FormAlert, SelectField } from '../../../shared/forms/form-fields';
import { emptyFormErrors } from '../../../shared/forms/form-errors';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { EMPTY_FACILITATOR_FORM } from '../../facilitators/facilitator-form';
import type { CoursePageActionData } from '../course-actions.server';

type EnrolResult = Extract<CoursePageActionData, { intent: 'enrol' }>;

export interface EnrolmentSectionProps {
  facilitators: readonly { id: string; name: string; municipality: { name: string } }[];
  municipalities: readonly { number: string; name: string }[];
  result?: EnrolResult | undefined;
}

/** Enrol an existing facilitator of the district, or register a new person on the way. */
export function EnrolmentSection({ facilitators, municipalities, result }: EnrolmentSectionProps) {
  const { t } = useI18n();
  const failed = result && !result.ok ? result : undefined;
  const existingFailed = failed?.mode === 'existing' ? failed : undefined;
  const newFailed = failed?.mode === 'new' ? failed : undefined;
  return (
    <section aria-labelledby="enrol-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="enrol-heading">
        {t('courses.enrol.heading')}
      </Heading>
      {result?.ok ? (
        <Alert data-color="success" role="status">
          <Paragraph>
            {result.gotSeat
              ? t('courses.enrol.gotSeat', { name: result.name })
              : t('courses.enrol.waiting', { name: result.name, position: result.waitingPosition ?? '?' })}
          </Paragraph>
        </Alert>
      ) : null}
      <Form method="post" className="portal-form" aria-labelledby="enrol-existing-heading">
        <Heading level={3} data-size="2xs" id="enrol-existing-heading">
          {t('courses.enrol.existing')}
        </Heading>
        <FormAlert messages={existingFailed?.errors.form ?? []} />
        <input type="hidden" name="intent" value="enrol" />
        <input type="hidden" name="mode" value="existing" />
        <SelectField
          id="enrol-facilitator"
          name="facilitatorId"
          label={t('courses.enrol.facilitator')}
          defaultValue={existingFailed?.facilitatorId ?? ''}
          error={existingFailed?.errors.fields.facilitatorId}
        >
          <option value="">{t('facilitators.field.choose')}</option>
          {facilitators.map((facilitator) => (
            <option key={facilitator.id} value={facilitator.id}>
              {`${facilitator.name} (${facilitator.municipality.name})`}
            </option>
          ))}
        </SelectField>
        <div>
          <Button type="submit">{t('courses.enrol.submit')}</Button>
        </div>
      </Form>
      <Form method="post" className="portal-form" aria-labelledby="enrol-new-heading" noValidate>
        <Heading level={3} data-size="2xs" id="enrol-new-heading">
          {t('courses.enrol.new')}
        </Heading>
        <FormAlert messages={newFailed?.errors.form ?? []} />
        <input type="hidden" name="intent" value="enrol" />
        <input type="hidden" name="mode" value="new" />
        <FacilitatorFields
          idPrefix="enrol-new"
          values={newFailed?.values ?? EMPTY_FACILITATOR_FORM}
          errors={newFailed?.errors ?? emptyFormErrors()}
          municipalities={municipalities}
          withConsent
        />
        <div>
          <Button type="submit">{t('courses.enrol.submitNew')}</Button>
        </div>
      </Form>
    </section>
  );
}
