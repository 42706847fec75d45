import { Button } from '@digdir/designsystemet-react';
import {
  CONSENT_PURPOSES,
  CONTACT_METHODS,
  INQUIRER_TYPES,
  INQUIRY_ACTIONS,
  INQUIRY_CHANNELS,
  MAX_MINUTES_SPENT,
  PUBLIC_SERVICE_TYPES,
  THEMES,
} from '@selvhjelp/domain';
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
import type { InquiryFormField, InquiryFormValues } from '../inquiry-form';
import { INQUIRY_FORM_FIELDS, PERSON_FIELDS } from '../inquiry-form';
import {
  channelLabel,
  consentPurposeLabel,
  contactMethodLabel,
  inquirerLabel,
  inquiryActionLabel,
  publicServiceLabel,
} from '../labels';

export interface InquiryFormProps {
  values: InquiryFormValues;
  errors: FormErrors<InquiryFormField>;
  partners: readonly { id: string; name: string }[];
  municipalities: readonly { number: string; name: string }[];
  /** Editing: the version the form was loaded at. */
  version?: number;
  /** Editing: purposes already consented to; they stay, so they are not offered again. */
  consentsInForce?: readonly string[];
  conflict?: { version: number } | null;
  cancelHref: string;
  reloadHref?: string;
}

export const inquiryFieldId = (field: InquiryFormField) => `inquiry-${field}`;
export const inquiryFieldLabel = (field: InquiryFormField): MessageKey => `inquiries.field.${field}`;

/**
 * Logging an inquiry in one screen, top to bottom by keyboard; a plain POST form checked by the
 * server. The personal details sit in a native <details>, closed until needed (no script), and
 * open again when they hold a value or an error.
 */
export function InquiryForm({
  values,
  errors,
  partners,
  municipalities,
  version,
  consentsInForce = [],
  conflict,
  cancelHref,
  reloadHref,
}: InquiryFormProps) {
  const { t, lang } = useI18n();
  const navigation = useNavigation();
  const editing = version !== undefined;
  const label = (name: InquiryFormField) => t(inquiryFieldLabel(name));
  const field = bindFields({ values, errors, id: inquiryFieldId, label });
  const personOpen = PERSON_FIELDS.some((name) => {
    const value =
      name === 'consents' ? values.consents.filter((purpose) => !consentsInForce.includes(purpose)) : values[name];
    return (Array.isArray(value) ? value.length > 0 : value !== '') || errors.fields[name] !== undefined;
  });
  return (
    <Form method="post" className="portal-stack" noValidate>
      {conflict ? (
        <ConflictAlert reloadHref={reloadHref ?? cancelHref} catalogue="inquiries" testId="inquiry-conflict" />
      ) : null}
      <FormErrorSummary errors={summaryOf(errors, INQUIRY_FORM_FIELDS, inquiryFieldId, label)} />
      {editing ? <input type="hidden" name="version" value={conflict?.version ?? version} /> : null}
      {/* Consents in force go along (they stay as they are), so the contact keeps its follow-up consent. */}
      {consentsInForce.map((purpose) => (
        <input key={purpose} type="hidden" name="consents" value={purpose} />
      ))}
      <div className="portal-field-row">
        <TextField {...field.text('receivedOn')} type="date" description={t('inquiries.form.whenHint')} />
        <TextField {...field.text('receivedTime')} type="time" />
      </div>
      <ChoiceGroup
        {...field.choice('channel')}
        type="radio"
        required
        options={optionsOf(INQUIRY_CHANNELS, (code) => channelLabel(lang, code))}
      />
      <ChoiceGroup
        {...field.choice('inquirerType')}
        type="radio"
        required
        description={t('inquiries.form.inquirerHint')}
        options={optionsOf(INQUIRER_TYPES, (code) => inquirerLabel(lang, code))}
      />
      <div className="portal-field-row">
        <SelectField
          {...field.text('publicServiceType')}
          blank={t('inquiries.form.choose')}
          options={optionsOf(PUBLIC_SERVICE_TYPES, (code) => publicServiceLabel(lang, code))}
        />
        <SelectField
          {...field.text('partnerId')}
          blank={t('inquiries.form.choose')}
          description={partners.length === 0 ? t('inquiries.form.noPartners') : undefined}
          options={namedOptions(partners)}
        />
      </div>
      <ChoiceGroup
        {...field.choice('themeIds')}
        type="checkbox"
        options={THEMES.map((theme) => ({ value: theme.id, label: theme.labels[lang] }))}
        columns
      />
      <div className="portal-field-row">
        <SelectField
          {...field.text('municipalityNumber')}
          blank={t('inquiries.form.noMunicipality')}
          options={namedOptions(municipalities)}
        />
        <TextField
          {...field.text('minutesSpent')}
          required
          inputMode="numeric"
          maxLength={String(MAX_MINUTES_SPENT).length + 1}
          description={t('inquiries.form.minutesHint')}
        />
      </div>
      <ChoiceGroup
        {...field.choice('actions')}
        type="checkbox"
        required
        options={optionsOf(INQUIRY_ACTIONS, (code) => inquiryActionLabel(lang, code))}
        columns
      />
      <TextareaField {...field.text('note')} rows={3} description={t('inquiries.form.noteHint')} />
      <details className="portal-collapsible" open={personOpen}>
        <summary>{t('inquiries.form.person')}</summary>
        <div className="portal-stack">
          <p className="portal-collapsible__hint">{t('inquiries.form.personHint')}</p>
          <TextField {...field.text('personAlias')} autoComplete="off" />
          <div className="portal-field-row">
            <SelectField
              {...field.text('contactMethod')}
              blank={t('inquiries.form.noContactMethod')}
              options={optionsOf(CONTACT_METHODS, (code) => contactMethodLabel(lang, code))}
            />
            <TextField {...field.text('contactValue')} autoComplete="off" />
          </div>
          <ChoiceGroup
            {...field.choice('consents')}
            type="checkbox"
            description={consentsInForce.length > 0 ? t('inquiries.form.consentsInForce') : undefined}
            options={optionsOf(
              CONSENT_PURPOSES.filter((purpose) => !consentsInForce.includes(purpose)),
              (purpose) => `${consentPurposeLabel(lang, purpose)}: ${t(`inquiries.consent.wording.${purpose}`)}`,
            )}
          />
        </div>
      </details>
      <div className="portal-actions">
        <Button type="submit" loading={navigation.state === 'submitting'}>
          {editing ? t('inquiries.form.save') : t('inquiries.form.create')}
        </Button>
        <AppLink to={cancelHref}>{t('inquiries.form.cancel')}</AppLink>
      </div>
    </Form>
  );
}
