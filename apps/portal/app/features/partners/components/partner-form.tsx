import { Button } from '@digdir/designsystemet-react';
import { PARTNER_STATUSES, PARTNER_TYPES } from '@selvhjelp/domain';
import { Form, useNavigation } from 'react-router';
import { ConflictAlert } from '../../../shared/ui/conflict-alert';
import { summaryOf } from './form-support';
import { AppLink } from '../../../shared/ui/app-link';
import { ChoiceGroup } from '../../../shared/forms/choice-fields';
import { FormErrorSummary } from '../../../shared/forms/error-summary';
import { SelectField, TextareaField, TextField } from '../../../shared/forms/form-fields';
import type { FormErrors } from '../../../shared/forms/form-errors';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { partnerStatusLabel, partnerTypeLabel } from '../labels';
import type { PartnerFormField, PartnerFormValues } from '../partner-form';
import { PARTNER_FORM_FIELDS } from '../partner-form';

export interface PartnerFormProps {
  values: PartnerFormValues;
  errors: FormErrors<PartnerFormField>;
  municipalities: readonly { number: string; name: string }[];
  otherDistricts: readonly { id: string; name: string }[];
  version?: number;
  conflict?: { version: number } | null;
  cancelHref: string;
  reloadHref?: string;
}

const fieldId = (field: PartnerFormField) => `partner-${field}`;

/** Registering and editing a partner: a plain POST that works without JavaScript. */
export function PartnerForm({
  values,
  errors,
  municipalities,
  otherDistricts,
  version,
  conflict,
  cancelHref,
  reloadHref,
}: PartnerFormProps) {
  const { t, lang } = useI18n();
  const navigation = useNavigation();
  const editing = version !== undefined;
  const label = (field: PartnerFormField) => t(`partners.field.${field}` as MessageKey);
  const summary = summaryOf(conflict ? { ...errors, form: [] } : errors, PARTNER_FORM_FIELDS, fieldId, label);
  const text = (
    field: Exclude<PartnerFormField, 'workingDistrictIds'>,
    extra: { description?: string; autoComplete?: string; inputMode?: 'numeric'; required?: boolean } = {},
  ) => (
    <TextField
      id={fieldId(field)}
      name={field}
      label={label(field)}
      defaultValue={values[field]}
      error={errors.fields[field]}
      {...extra}
    />
  );
  return (
    <Form method="post" className="portal-stack" noValidate>
      <FormErrorSummary errors={summary} />
      {conflict ? <ConflictAlert reloadHref={reloadHref ?? cancelHref} catalogue="partners" /> : null}
      {editing ? <input type="hidden" name="version" value={conflict?.version ?? version} /> : null}
      {text('name', { autoComplete: 'organization', required: true })}
      <SelectField
        required
        id={fieldId('type')}
        name="type"
        label={label('type')}
        defaultValue={values.type}
        error={errors.fields.type}
      >
        <option value="">{t('partners.field.choose')}</option>
        {PARTNER_TYPES.map((type) => (
          <option key={type} value={type}>
            {partnerTypeLabel(lang, type)}
          </option>
        ))}
      </SelectField>
      {text('organisationNumber', {
        description: t('partners.field.organisationNumberHint'),
        inputMode: 'numeric',
        autoComplete: 'off',
      })}
      <SelectField
        required
        id={fieldId('municipalityNumber')}
        name="municipalityNumber"
        label={label('municipalityNumber')}
        defaultValue={values.municipalityNumber}
        error={errors.fields.municipalityNumber}
      >
        <option value="">{t('partners.field.choose')}</option>
        {municipalities.map(({ number, name }) => (
          <option key={number} value={number}>
            {name}
          </option>
        ))}
      </SelectField>
      {text('streetAddress', { autoComplete: 'street-address' })}
      <div className="portal-field-row">
        {text('postalCode', { inputMode: 'numeric', autoComplete: 'postal-code' })}
        {text('postalPlace', { autoComplete: 'address-level2' })}
      </div>
      {text('website', { description: t('partners.field.websiteHint'), autoComplete: 'url' })}
      <ChoiceGroup
        required
        id={fieldId('status')}
        name="status"
        type="radio"
        legend={label('status')}
        options={PARTNER_STATUSES.map((status) => ({ value: status, label: partnerStatusLabel(lang, status) }))}
        selected={[values.status]}
        error={errors.fields.status}
      />
      <ChoiceGroup
        id={fieldId('workingDistrictIds')}
        name="workingDistrictIds"
        type="checkbox"
        legend={label('workingDistrictIds')}
        description={t('partners.field.workingDistrictIdsHint')}
        options={otherDistricts.map(({ id, name }) => ({ value: id, label: name }))}
        selected={values.workingDistrictIds}
        error={errors.fields.workingDistrictIds}
        columns
      />
      <TextareaField
        id={fieldId('notes')}
        name="notes"
        label={label('notes')}
        defaultValue={values.notes}
        error={errors.fields.notes}
      />
      <div className="portal-actions">
        <Button type="submit" loading={navigation.state === 'submitting'}>
          {editing ? t('partners.form.save') : t('partners.form.create')}
        </Button>
        <AppLink to={cancelHref}>{t('partners.form.cancel')}</AppLink>
      </div>
    </Form>
  );
}
