import { Button } from '@digdir/designsystemet-react';
import { PARTNER_STATUSES, PARTNER_TYPES } from '@selvhjelp/domain';
import { Form, useNavigation } from 'react-router';
import { ConflictAlert } from '../../../shared/ui/conflict-alert';
import { AppLink } from '../../../shared/ui/app-link';
import { ChoiceGroup } from '../../../shared/forms/choice-fields';
import { FormErrorSummary, summaryOf } from '../../../shared/forms/error-summary';
import { namedOptions, optionsOf, SelectField, TextareaField, TextField } from '../../../shared/forms/form-fields';
import { AddressFields } from '../../../shared/forms/address-fields';
import { bindFields } from '../../../shared/forms/field-binding';
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
  const field = bindFields({ values, errors, id: fieldId, label });
  return (
    <Form method="post" className="portal-stack" noValidate>
      <FormErrorSummary errors={summary} />
      {conflict ? <ConflictAlert reloadHref={reloadHref ?? cancelHref} catalogue="partners" /> : null}
      {editing ? <input type="hidden" name="version" value={conflict?.version ?? version} /> : null}
      <TextField {...field.text('name')} autoComplete="organization" required />
      <SelectField
        {...field.text('type')}
        required
        blank={t('partners.field.choose')}
        options={optionsOf(PARTNER_TYPES, (type) => partnerTypeLabel(lang, type))}
      />
      <TextField
        {...field.text('organisationNumber')}
        description={t('partners.field.organisationNumberHint')}
        inputMode="numeric"
        autoComplete="off"
      />
      <SelectField
        {...field.text('municipalityNumber')}
        required
        blank={t('partners.field.choose')}
        options={namedOptions(municipalities)}
      />
      <AddressFields
        street={field.text('streetAddress')}
        postalCode={field.text('postalCode')}
        postalPlace={field.text('postalPlace')}
        autofill
      />
      <TextField {...field.text('website')} description={t('partners.field.websiteHint')} autoComplete="url" />
      <ChoiceGroup
        {...field.choice('status')}
        required
        type="radio"
        options={optionsOf(PARTNER_STATUSES, (status) => partnerStatusLabel(lang, status))}
      />
      <ChoiceGroup
        {...field.choice('workingDistrictIds')}
        type="checkbox"
        description={t('partners.field.workingDistrictIdsHint')}
        options={namedOptions(otherDistricts)}
        columns
      />
      <TextareaField {...field.text('notes')} />
      <div className="portal-actions">
        <Button type="submit" loading={navigation.state === 'submitting'}>
          {editing ? t('partners.form.save') : t('partners.form.create')}
        </Button>
        <AppLink to={cancelHref}>{t('partners.form.cancel')}</AppLink>
      </div>
    </Form>
  );
}
