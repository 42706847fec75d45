import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { Form, useNavigation } from 'react-router';
import { FacilitatorFields, facilitatorFieldId } from './facilitator-fields';
import { AppLink } from '../../../shared/ui/app-link';
import { FormErrorSummary } from '../../../shared/forms/error-summary';
import type { FormErrors } from '../../../shared/forms/form-errors';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { FacilitatorFormField, FacilitatorFormValues } from '../facilitator-form';
import { FACILITATOR_FORM_FIELDS } from '../facilitator-form';

export interface FacilitatorFormProps {
  values: FacilitatorFormValues;
  errors: FormErrors<FacilitatorFormField>;
  municipalities: readonly { number: string; name: string }[];
  languages: readonly string[];
  themes: readonly string[];
  version?: number;
  conflict?: { current: FacilitatorFormValues; version: number } | null;
  cancelHref: string;
  reloadHref?: string;
}

/** Creating and editing a facilitator: a plain POST that works without JavaScript. */
export function FacilitatorForm({
  values,
  errors,
  municipalities,
  languages,
  themes,
  version,
  conflict,
  cancelHref,
  reloadHref,
}: FacilitatorFormProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const editing = version !== undefined;
  const summary = [
    ...errors.form.map((message) => ({ message })),
    ...FACILITATOR_FORM_FIELDS.flatMap((field) => {
      const message = errors.fields[field];
      return message
        ? [
            {
              href: facilitatorFieldId('facilitator', field === 'contact' ? 'email' : field),
              message: `${t(`facilitators.field.${field}` as MessageKey)}: ${message}`,
            },
          ]
        : [];
    }),
  ];
  return (
    <Form method="post" className="portal-stack" noValidate>
      <FormErrorSummary errors={summary} />
      {conflict ? (
        <Alert data-color="warning">
          <Paragraph>{t('facilitators.form.conflictHelp')}</Paragraph>
          <AppLink to={reloadHref ?? cancelHref} reloadDocument>
            {t('facilitators.form.reload')}
          </AppLink>
        </Alert>
      ) : null}
      {editing ? <input type="hidden" name="version" value={conflict?.version ?? version} /> : null}
      <FacilitatorFields
        idPrefix="facilitator"
        values={values}
        errors={errors}
        municipalities={municipalities}
        languages={languages}
        themes={themes}
        withConsent={!editing}
      />
      <div className="portal-actions">
        <Button type="submit" loading={navigation.state === 'submitting'}>
          {editing ? t('facilitators.form.save') : t('facilitators.form.create')}
        </Button>
        <AppLink to={cancelHref}>{t('facilitators.form.cancel')}</AppLink>
      </div>
    </Form>
  );
}
