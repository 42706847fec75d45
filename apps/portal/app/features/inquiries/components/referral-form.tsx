import { Button } from '@digdir/designsystemet-react';
import { REFERRAL_AREA_KINDS, REFERRAL_RESOURCE_TYPES } from '@selvhjelp/domain';
import { Form, useNavigation } from 'react-router';
import { AppLink } from '../../../shared/ui/app-link';
import { ChoiceGroup } from '../../../shared/forms/choice-fields';
import { FormErrorSummary, summaryOf } from '../../../shared/forms/error-summary';
import { ConflictAlert } from '../../../shared/ui/conflict-alert';
import { namedOptions, optionsOf, SelectField, TextareaField, TextField } from '../../../shared/forms/form-fields';
import { bindFields } from '../../../shared/forms/field-binding';
import type { FormErrors } from '../../../shared/forms/form-errors';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { ReferralFormField, ReferralFormValues } from '../referral-form';
import { REFERRAL_FORM_FIELDS } from '../referral-form';
import { referralAreaLabel, referralTypeLabel } from '../labels';

export interface ReferralFormProps {
  values: ReferralFormValues;
  errors: FormErrors<ReferralFormField>;
  partners: readonly { id: string; name: string }[];
  municipalities: readonly { number: string; name: string }[];
  version?: number;
  conflict?: { version: number } | null;
  cancelHref: string;
  reloadHref?: string;
}

const fieldId = (field: ReferralFormField) => `referral-${field}`;
const fieldLabel = (field: ReferralFormField): MessageKey => `referrals.field.${field}`;

/** A resource of the referral directory; a plain POST form, checked by the server. */
export function ReferralForm({
  values,
  errors,
  partners,
  municipalities,
  version,
  conflict,
  cancelHref,
  reloadHref,
}: ReferralFormProps) {
  const { t, lang } = useI18n();
  const navigation = useNavigation();
  const editing = version !== undefined;
  const label = (name: ReferralFormField) => t(fieldLabel(name));
  const field = bindFields({ values, errors, id: fieldId, label });
  return (
    <Form method="post" className="portal-stack" noValidate>
      {conflict ? (
        <ConflictAlert reloadHref={reloadHref ?? cancelHref} catalogue="referrals" testId="referral-conflict" />
      ) : null}
      <FormErrorSummary errors={summaryOf(errors, REFERRAL_FORM_FIELDS, fieldId, label)} />
      {editing ? <input type="hidden" name="version" value={conflict?.version ?? version} /> : null}
      <TextField {...field.text('name')} required />
      <SelectField
        {...field.text('type')}
        required
        blank={t('inquiries.form.choose')}
        options={optionsOf(REFERRAL_RESOURCE_TYPES, (code) => referralTypeLabel(lang, code))}
      />
      <TextareaField {...field.text('offers')} required rows={3} />
      <ChoiceGroup
        {...field.choice('areaKind')}
        type="radio"
        required
        options={optionsOf(REFERRAL_AREA_KINDS, (code) => referralAreaLabel(lang, code))}
      />
      <ChoiceGroup
        {...field.choice('municipalityNumbers')}
        type="checkbox"
        description={t('referrals.form.municipalitiesHint')}
        options={namedOptions(municipalities)}
        columns
      />
      <TextareaField {...field.text('howToRefer')} required rows={3} />
      <div className="portal-field-row">
        <TextField {...field.text('phone')} type="tel" autoComplete="off" />
        <TextField {...field.text('website')} type="url" autoComplete="off" />
      </div>
      <SelectField
        {...field.text('partnerId')}
        blank={t('referrals.form.noPartner')}
        options={namedOptions(partners)}
      />
      <div className="portal-actions">
        <Button type="submit" loading={navigation.state === 'submitting'}>
          {editing ? t('referrals.form.save') : t('referrals.form.create')}
        </Button>
        <AppLink to={cancelHref}>{t('referrals.form.cancel')}</AppLink>
      </div>
    </Form>
  );
}
