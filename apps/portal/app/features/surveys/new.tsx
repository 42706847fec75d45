import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, useNavigation } from 'react-router';
import type { Route } from './+types/new';
import { createSurvey, loadNewSurvey } from './new.server';
import { NEW_SURVEY_FIELDS } from './new-form';
import type { NewSurveyField } from './new-form';
import { ChoiceGroup } from '../../shared/forms/choice-fields';
import { FormErrorSummary, summaryOf } from '../../shared/forms/error-summary';
import { TextareaField, TextField } from '../../shared/forms/form-fields';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import type { MessageKey } from '../../shared/i18n/i18n';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ context }: Route.LoaderArgs) {
  return loadNewSurvey(context);
}

export function action({ request, context }: Route.ActionArgs) {
  return createSurvey(request, context);
}

const LABELS: Record<NewSurveyField, MessageKey> = {
  fromTemplate: 'surveys.field.template',
  title: 'surveys.field.title',
  intro: 'surveys.field.intro',
  opensOn: 'surveys.field.opensOn',
  closesOn: 'surveys.field.closesOn',
};

/** A new survey from a ready-made template: its questions as they are, texts and days to choose. */
export default function NewSurveyPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, templates } = loaderData;
  const sent = actionData;
  const values = sent?.values ?? loaderData.values;
  const errors = sent?.errors ?? { fields: {}, form: [] };
  const busy = useNavigation().state === 'submitting';
  const fieldId = (field: NewSurveyField) => `survey-${field}`;
  const summary = summaryOf(errors, NEW_SURVEY_FIELDS, fieldId, (field) => t(LABELS[field]));
  return (
    <div className="portal-stack">
      <PageTitle>{t('surveys.new.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('surveys.new.title')}
      </Heading>
      <Paragraph>{t('surveys.new.intro')}</Paragraph>
      <Form method="post" className="portal-stack" noValidate>
        <FormErrorSummary errors={summary} />
        <ChoiceGroup
          id={fieldId('fromTemplate')}
          name="fromTemplate"
          type="radio"
          legend={t(LABELS.fromTemplate)}
          description={t('surveys.new.templateHint')}
          options={templates.map((template) => ({ value: template.key, label: template.title }))}
          selected={[values.fromTemplate]}
          error={errors.fields.fromTemplate}
          required
        />
        <TextField
          id={fieldId('title')}
          name="title"
          label={t(LABELS.title)}
          description={t('surveys.new.titleHint')}
          defaultValue={values.title}
          error={errors.fields.title}
        />
        <TextareaField
          id={fieldId('intro')}
          name="intro"
          label={t(LABELS.intro)}
          description={t('surveys.new.introHint')}
          defaultValue={values.intro}
          error={errors.fields.intro}
          rows={4}
        />
        <TextField
          id={fieldId('opensOn')}
          name="opensOn"
          type="date"
          label={t(LABELS.opensOn)}
          defaultValue={values.opensOn}
          error={errors.fields.opensOn}
          required
        />
        <TextField
          id={fieldId('closesOn')}
          name="closesOn"
          type="date"
          label={t(LABELS.closesOn)}
          defaultValue={values.closesOn}
          error={errors.fields.closesOn}
          required
        />
        <div className="portal-actions">
          <Button type="submit" disabled={busy}>
            {t('surveys.new.submit')}
          </Button>
          <AppLink to={portalPath(portal, 'undersokelser')}>{t('surveys.new.cancel')}</AppLink>
        </div>
      </Form>
    </div>
  );
}
