import { CheckboxField, ChoiceGroup } from '../../../shared/forms/choice-fields';
import { SelectField, TextareaField, TextField } from '../../../shared/forms/form-fields';
import type { FormErrors } from '../../../shared/forms/form-errors';
import { languageName, themeLabel } from '../../groups/labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { FacilitatorFormField, FacilitatorFormValues } from '../facilitator-form';
import { AVAILABILITIES } from '../facilitator-form';
import { availabilityLabel } from '../../courses/labels';

export interface FacilitatorFieldsProps {
  /** Prefix of the inputs' ids, so two forms on one page do not clash. */
  idPrefix: string;
  values: FacilitatorFormValues;
  errors: FormErrors<FacilitatorFormField>;
  municipalities: readonly { number: string; name: string }[];
  /** Languages and themes to offer; left out in the short inline form of the enrolment. */
  languages?: readonly string[];
  themes?: readonly string[];
  /** On create: the consent's date and text. */
  withConsent: boolean;
}

export const facilitatorFieldId = (prefix: string, field: FacilitatorFormField) => `${prefix}-${field}`;

/** The facilitator's fields, shared by the facilitator form and the inline registration on a course. */
export function FacilitatorFields({
  idPrefix,
  values,
  errors,
  municipalities,
  languages,
  themes,
  withConsent,
}: FacilitatorFieldsProps) {
  const { t, lang } = useI18n();
  const id = (field: FacilitatorFormField) => facilitatorFieldId(idPrefix, field);
  return (
    <>
      <TextField
        required
        id={id('name')}
        name="name"
        label={t('facilitators.field.name')}
        defaultValue={values.name}
        error={errors.fields.name}
        autoComplete="off"
      />
      <div className="portal-stack">
        <TextField
          id={id('email')}
          name="email"
          type="email"
          label={t('facilitators.field.email')}
          description={t('facilitators.field.contactHint')}
          defaultValue={values.email}
          error={errors.fields.email ?? errors.fields.contact}
          autoComplete="off"
        />
        <TextField
          id={id('phone')}
          name="phone"
          type="tel"
          label={t('facilitators.field.phone')}
          defaultValue={values.phone}
          error={errors.fields.phone}
          autoComplete="off"
        />
      </div>
      <SelectField
        required
        id={id('municipalityNumber')}
        name="municipalityNumber"
        label={t('facilitators.field.municipality')}
        defaultValue={values.municipalityNumber}
        error={errors.fields.municipalityNumber}
      >
        <option value="">{t('facilitators.field.choose')}</option>
        {municipalities.map(({ number, name }) => (
          <option key={number} value={number}>
            {name}
          </option>
        ))}
      </SelectField>
      {languages ? (
        <ChoiceGroup
          id={id('languages')}
          name="languages"
          type="checkbox"
          legend={t('facilitators.field.languages')}
          options={languages.map((code) => ({ value: code, label: languageName(lang, code) }))}
          selected={values.languages}
          error={errors.fields.languages}
          columns
        />
      ) : null}
      {themes ? (
        <>
          <CheckboxField
            id={id('themeConsent')}
            name="themeConsent"
            label={t('facilitators.field.themeConsent')}
            description={t('facilitators.field.themeConsentHint')}
            defaultChecked={values.themeConsent}
            error={errors.fields.themeConsent}
          />
          <ChoiceGroup
            id={id('themeIds')}
            name="themeIds"
            type="checkbox"
            legend={t('facilitators.field.themes')}
            description={t('facilitators.field.themesHint')}
            options={themes.map((theme) => ({ value: theme, label: themeLabel(lang, { id: theme }) }))}
            selected={values.themeIds}
            error={errors.fields.themeIds}
            columns
          />
          <ChoiceGroup
            required
            id={id('availability')}
            name="availability"
            type="radio"
            legend={t('facilitators.field.availability')}
            options={AVAILABILITIES.map((code) => ({ value: code, label: availabilityLabel(lang, code) }))}
            selected={[values.availability]}
            error={errors.fields.availability}
          />
          <TextareaField
            id={id('notes')}
            name="notes"
            label={t('facilitators.field.notes')}
            defaultValue={values.notes}
            error={errors.fields.notes}
          />
        </>
      ) : null}
      {withConsent ? (
        <>
          <TextField
            required
            id={id('consentGivenOn')}
            name="consentGivenOn"
            type="date"
            label={t('facilitators.field.consentGivenOn')}
            defaultValue={values.consentGivenOn}
            error={errors.fields.consentGivenOn}
          />
          <TextareaField
            required
            id={id('consentText')}
            name="consentText"
            label={t('facilitators.field.consentText')}
            description={t('facilitators.field.consentTextHint')}
            defaultValue={values.consentText}
            error={errors.fields.consentText}
          />
        </>
      ) : null}
    </>
  );
}
