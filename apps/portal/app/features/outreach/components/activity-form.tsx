import { Button, Paragraph } from '@digdir/designsystemet-react';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, AUDIENCE_TYPES, THEMES } from '@selvhjelp/domain';
import { Form, useNavigation } from 'react-router';
import { AppLink } from '../../../shared/ui/app-link';
import { CheckboxField, ChoiceGroup } from '../../../shared/forms/choice-fields';
import { FormErrorSummary, summaryOf } from '../../../shared/forms/error-summary';
import { ConflictAlert } from '../../../shared/ui/conflict-alert';
import { namedOptions, optionsOf, SelectField, TextareaField, TextField } from '../../../shared/forms/form-fields';
import { bindFields } from '../../../shared/forms/field-binding';
import type { FormErrors } from '../../../shared/forms/form-errors';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { ActivityFormField, ActivityFormValues } from '../activity-form';
import { ACTIVITY_FORM_FIELDS } from '../activity-form';
import { activityStatusLabel, activityTypeLabel, audienceLabel } from '../labels';

export interface ActivityFormProps {
  values: ActivityFormValues;
  errors: FormErrors<ActivityFormField>;
  staff: readonly { id: string; name: string }[];
  partners: readonly { id: string; name: string }[];
  municipalities: readonly { number: string; name: string }[];
  /** Editing: the version the form was loaded at. */
  version?: number;
  conflict?: { version: number } | null;
  cancelHref: string;
  reloadHref?: string;
}

export const activityFieldId = (field: ActivityFormField) => `activity-${field}`;
export const activityFieldLabel = (field: ActivityFormField): MessageKey => `outreach.field.${field}`;

/** Recording and editing an activity; a plain POST form, checked by the server. */
export function ActivityForm({
  values,
  errors,
  staff,
  partners,
  municipalities,
  version,
  conflict,
  cancelHref,
  reloadHref,
}: ActivityFormProps) {
  const { t, lang } = useI18n();
  const navigation = useNavigation();
  const editing = version !== undefined;
  const label = (name: ActivityFormField) => t(activityFieldLabel(name));
  const field = bindFields({ values, errors, id: activityFieldId, label });
  return (
    <Form method="post" className="portal-stack" noValidate>
      {conflict ? (
        <ConflictAlert reloadHref={reloadHref ?? cancelHref} catalogue="outreach" testId="activity-conflict" />
      ) : null}
      <FormErrorSummary errors={summaryOf(errors, ACTIVITY_FORM_FIELDS, activityFieldId, label)} />
      {editing ? <input type="hidden" name="version" value={conflict?.version ?? version} /> : null}
      <SelectField
        {...field.text('type')}
        required
        blank={t('outreach.form.choose')}
        options={optionsOf(ACTIVITY_TYPES, (type) => activityTypeLabel(lang, type))}
      />
      <TextField {...field.text('title')} required />
      <ChoiceGroup
        {...field.choice('status')}
        type="radio"
        description={t('outreach.form.statusHint')}
        options={optionsOf(ACTIVITY_STATUSES, (status) => activityStatusLabel(lang, status))}
      />
      <div className="portal-field-row">
        <TextField {...field.text('date')} required type="date" />
        <TextField {...field.text('startTime')} type="time" />
        <TextField {...field.text('endTime')} type="time" />
      </div>
      <Paragraph data-size="sm">{t('outreach.form.timesHint')}</Paragraph>
      <CheckboxField {...field.check('online')} />
      <TextField {...field.text('place')} description={t('outreach.form.placeHint')} />
      <SelectField
        {...field.text('municipalityNumber')}
        blank={t('outreach.form.noMunicipality')}
        options={namedOptions(municipalities)}
      />
      <ChoiceGroup {...field.choice('staffUserIds')} type="checkbox" options={namedOptions(staff)} columns />
      <ChoiceGroup
        {...field.choice('partnerIds')}
        type="checkbox"
        description={partners.length === 0 ? t('outreach.form.noPartners') : undefined}
        options={namedOptions(partners)}
        columns
      />
      <ChoiceGroup
        {...field.choice('audiences')}
        type="checkbox"
        options={optionsOf(AUDIENCE_TYPES, (audience) => audienceLabel(lang, audience))}
        columns
      />
      <TextField
        {...field.text('participantCount')}
        inputMode="numeric"
        description={t('outreach.form.participantCountHint')}
      />
      <ChoiceGroup
        {...field.choice('themeIds')}
        type="checkbox"
        options={THEMES.map((theme) => ({ value: theme.id, label: theme.labels[lang] }))}
        columns
      />
      <TextareaField {...field.text('notes')} rows={4} />
      <div className="portal-actions">
        <Button type="submit" loading={navigation.state === 'submitting'}>
          {editing ? t('outreach.form.save') : t('outreach.form.create')}
        </Button>
        <AppLink to={cancelHref}>{t('outreach.form.cancel')}</AppLink>
      </div>
    </Form>
  );
}
