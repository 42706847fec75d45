import { CheckboxField, ChoiceGroup } from '../../../shared/forms/choice-fields';
import { namedOptions, optionsOf, SelectField, TextareaField, TextField } from '../../../shared/forms/form-fields';
import { bindFields } from '../../../shared/forms/field-binding';
import type { MessageKey } from '../../../shared/i18n/i18n';
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
  const field = bindFields({
    values,
    errors,
    id: (name: FacilitatorFormField) => facilitatorFieldId(idPrefix, name),
    label: (name: FacilitatorFormField) => t(`facilitators.field.${name}` as MessageKey),
  });
  return (
    <>
      <TextField {...field.text('name')} required autoComplete="off" />
      <div className="portal-stack">
        <TextField
          {...field.text('email')}
          type="email"
          description={t('facilitators.field.contactHint')}
          error={errors.fields.email ?? errors.fields.contact}
          autoComplete="off"
        />
        <TextField {...field.text('phone')} type="tel" autoComplete="off" />
      </div>
      <SelectField
        {...field.text('municipalityNumber')}
        required
        blank={t('facilitators.field.choose')}
        options={namedOptions(municipalities)}
      />
      {languages ? (
        <ChoiceGroup
          {...field.choice('languages')}
          type="checkbox"
          options={optionsOf(languages, (code) => languageName(lang, code))}
          columns
        />
      ) : null}
      {themes ? (
        <>
          <CheckboxField {...field.check('themeConsent')} description={t('facilitators.field.themeConsentHint')} />
          <ChoiceGroup
            {...field.choice('themeIds')}
            type="checkbox"
            description={t('facilitators.field.themesHint')}
            options={optionsOf(themes, (theme) => themeLabel(lang, { id: theme }))}
            columns
          />
          <ChoiceGroup
            {...field.choice('availability')}
            required
            type="radio"
            options={optionsOf(AVAILABILITIES, (code) => availabilityLabel(lang, code))}
          />
          <TextareaField {...field.text('notes')} />
        </>
      ) : null}
      {withConsent ? (
        <>
          <TextField {...field.text('consentGivenOn')} required type="date" />
          <TextareaField
            {...field.text('consentText')}
            required
            description={t('facilitators.field.consentTextHint')}
          />
        </>
      ) : null}
    </>
  );
}
