import { Button, Paragraph } from '@digdir/designsystemet-react';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, AUDIENCE_TYPES, THEMES } from '@selvhjelp/domain';
import { Form, useNavigation } from 'react-router';
import { AppLink } from '../../../shared/ui/app-link';
import { CheckboxField, ChoiceGroup } from '../../../shared/forms/choice-fields';
import { FormErrorSummary } from '../../../shared/forms/error-summary';
import { ConflictAlert } from '../../../shared/ui/conflict-alert';
import { SelectField, TextareaField, TextField } from '../../../shared/forms/form-fields';
import type { FormErrors } from '../../../shared/forms/form-errors';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { ActivityFormField, ActivityFormValues } from '../activity-form';
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
  const summary = [
    ...errors.form.map((message) => ({ message })),
    ...(Object.entries(errors.fields) as [ActivityFormField, string][]).map(([field, message]) => ({
      href: activityFieldId(field),
      message: `${t(activityFieldLabel(field))}: ${message}`,
    })),
  ];
  const text = (field: 'title' | 'place', extra: { description?: string; required?: boolean } = {}) => (
    <TextField
      id={activityFieldId(field)}
      name={field}
      label={t(activityFieldLabel(field))}
      defaultValue={values[field]}
      error={errors.fields[field]}
      {...extra}
    />
  );
  return (
    <Form method="post" className="portal-stack" noValidate>
      {conflict ? (
        <ConflictAlert reloadHref={reloadHref ?? cancelHref} catalogue="outreach" testId="activity-conflict" />
      ) : null}
      <FormErrorSummary errors={summary} />
      {editing ? <input type="hidden" name="version" value={conflict?.version ?? version} /> : null}
      <SelectField
        required
        id={activityFieldId('type')}
        name="type"
        label={t('outreach.field.type')}
        defaultValue={values.type}
        error={errors.fields.type}
      >
        <option value="">{t('outreach.form.choose')}</option>
        {ACTIVITY_TYPES.map((type) => (
          <option key={type} value={type}>
            {activityTypeLabel(lang, type)}
          </option>
        ))}
      </SelectField>
      {text('title', { required: true })}
      <ChoiceGroup
        id={activityFieldId('status')}
        name="status"
        type="radio"
        legend={t('outreach.field.status')}
        description={t('outreach.form.statusHint')}
        options={ACTIVITY_STATUSES.map((status) => ({ value: status, label: activityStatusLabel(lang, status) }))}
        selected={[values.status]}
        error={errors.fields.status}
      />
      <div className="portal-field-row">
        <TextField
          required
          id={activityFieldId('date')}
          name="date"
          type="date"
          label={t('outreach.field.date')}
          defaultValue={values.date}
          error={errors.fields.date}
        />
        <TextField
          id={activityFieldId('startTime')}
          name="startTime"
          type="time"
          label={t('outreach.field.startTime')}
          defaultValue={values.startTime}
          error={errors.fields.startTime}
        />
        <TextField
          id={activityFieldId('endTime')}
          name="endTime"
          type="time"
          label={t('outreach.field.endTime')}
          defaultValue={values.endTime}
          error={errors.fields.endTime}
        />
      </div>
      <Paragraph data-size="sm">{t('outreach.form.timesHint')}</Paragraph>
      <CheckboxField
        id={activityFieldId('online')}
        name="online"
        label={t('outreach.field.online')}
        defaultChecked={values.online}
        error={errors.fields.online}
      />
      {text('place', { description: t('outreach.form.placeHint') })}
      <SelectField
        id={activityFieldId('municipalityNumber')}
        name="municipalityNumber"
        label={t('outreach.field.municipalityNumber')}
        defaultValue={values.municipalityNumber}
        error={errors.fields.municipalityNumber}
      >
        <option value="">{t('outreach.form.noMunicipality')}</option>
        {municipalities.map((municipality) => (
          <option key={municipality.number} value={municipality.number}>
            {municipality.name}
          </option>
        ))}
      </SelectField>
      <ChoiceGroup
        id={activityFieldId('staffUserIds')}
        name="staffUserIds"
        type="checkbox"
        legend={t('outreach.field.staffUserIds')}
        options={staff.map(({ id, name }) => ({ value: id, label: name }))}
        selected={values.staffUserIds}
        error={errors.fields.staffUserIds}
        columns
      />
      <ChoiceGroup
        id={activityFieldId('partnerIds')}
        name="partnerIds"
        type="checkbox"
        legend={t('outreach.field.partnerIds')}
        description={partners.length === 0 ? t('outreach.form.noPartners') : undefined}
        options={partners.map(({ id, name }) => ({ value: id, label: name }))}
        selected={values.partnerIds}
        error={errors.fields.partnerIds}
        columns
      />
      <ChoiceGroup
        id={activityFieldId('audiences')}
        name="audiences"
        type="checkbox"
        legend={t('outreach.field.audiences')}
        options={AUDIENCE_TYPES.map((audience) => ({ value: audience, label: audienceLabel(lang, audience) }))}
        selected={values.audiences}
        error={errors.fields.audiences}
        columns
      />
      <TextField
        id={activityFieldId('participantCount')}
        name="participantCount"
        inputMode="numeric"
        label={t('outreach.field.participantCount')}
        description={t('outreach.form.participantCountHint')}
        defaultValue={values.participantCount}
        error={errors.fields.participantCount}
      />
      <ChoiceGroup
        id={activityFieldId('themeIds')}
        name="themeIds"
        type="checkbox"
        legend={t('outreach.field.themeIds')}
        options={THEMES.map((theme) => ({ value: theme.id, label: theme.labels[lang] }))}
        selected={values.themeIds}
        error={errors.fields.themeIds}
        columns
      />
      <TextareaField
        id={activityFieldId('notes')}
        name="notes"
        label={t('outreach.field.notes')}
        defaultValue={values.notes}
        error={errors.fields.notes}
        rows={4}
      />
      <div className="portal-actions">
        <Button type="submit" loading={navigation.state === 'submitting'}>
          {editing ? t('outreach.form.save') : t('outreach.form.create')}
        </Button>
        <AppLink to={cancelHref}>{t('outreach.form.cancel')}</AppLink>
      </div>
    </Form>
  );
}
