import type { CreateFacilitatorInput, FacilitatorAvailability, FacilitatorInput } from '../../generated/graphql';
import type { FormErrors } from '../../shared/forms/form-errors';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { formText } from '../../shared/forms/form-data';
import { isIsoDate } from '../../shared/dates/dates';
import type { Translate } from '../../shared/i18n/i18n';

import { FACILITATOR_AVAILABILITIES as AVAILABILITIES } from '@selvhjelp/domain';

export { AVAILABILITIES };

export interface FacilitatorFormValues {
  name: string;
  email: string;
  phone: string;
  municipalityNumber: string;
  languages: string[];
  themeConsent: boolean;
  themeIds: string[];
  availability: string;
  notes: string;
  /** Only on create. */
  consentGivenOn: string;
  consentText: string;
}

export type FacilitatorFormField =
  Exclude<keyof FacilitatorFormValues, 'consentGivenOn' | 'consentText'> | 'consentGivenOn' | 'consentText' | 'contact';

export const FACILITATOR_FORM_FIELDS: readonly FacilitatorFormField[] = [
  'name',
  'email',
  'phone',
  'municipalityNumber',
  'languages',
  'themeConsent',
  'themeIds',
  'availability',
  'notes',
  'consentGivenOn',
  'consentText',
  'contact',
];

/** Gateway paths whose last segment is not the form's field name. */
export const FACILITATOR_FIELD_MAP: Readonly<Record<string, FacilitatorFormField>> = {
  'input.consent.givenOn': 'consentGivenOn',
  'input.consent.text': 'consentText',
  'input.newFacilitator.consent.givenOn': 'consentGivenOn',
  'input.newFacilitator.consent.text': 'consentText',
  // The domain's schema over a new facilitator's draft (the form's checks stopped before the gateway).
  'consent.givenOn': 'consentGivenOn',
  'consent.text': 'consentText',
};

export const EMPTY_FACILITATOR_FORM: FacilitatorFormValues = {
  name: '',
  email: '',
  phone: '',
  municipalityNumber: '',
  languages: ['nb'],
  themeConsent: false,
  themeIds: [],
  availability: 'AVAILABLE',
  notes: '',
  consentGivenOn: '',
  consentText: '',
};

const all = (form: FormData, name: string) =>
  form.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '');

export function readFacilitatorForm(form: FormData): FacilitatorFormValues {
  return {
    name: formText(form, 'name').trim(),
    email: formText(form, 'email').trim(),
    phone: formText(form, 'phone').trim(),
    municipalityNumber: formText(form, 'municipalityNumber'),
    languages: all(form, 'languages'),
    themeConsent: formText(form, 'themeConsent') === 'true',
    themeIds: all(form, 'themeIds'),
    availability: formText(form, 'availability') || 'AVAILABLE',
    notes: formText(form, 'notes').trim(),
    consentGivenOn: formText(form, 'consentGivenOn').trim(),
    consentText: formText(form, 'consentText').trim(),
  };
}

export type FacilitatorInputResult<Input> =
  { ok: true; input: Input } | { ok: false; errors: FormErrors<FacilitatorFormField> };

/** What the form would send, before its own checks passed; the domain's schema reads it too. */
export function draftFacilitatorInput(values: FacilitatorFormValues) {
  return {
    name: values.name,
    email: values.email || null,
    phone: values.phone || null,
    municipalityNumber: values.municipalityNumber,
    languages: values.languages.length > 0 ? values.languages : ['nb'],
    themeConsent: values.themeConsent,
    themeIds: values.themeConsent ? values.themeIds : [],
    availability: (AVAILABILITIES as readonly string[]).includes(values.availability)
      ? (values.availability as FacilitatorAvailability)
      : null,
    notes: values.notes || null,
  };
}

/** The new facilitator's draft with the consent they gave, as the domain's schema reads it. */
export function draftNewFacilitatorInput(values: FacilitatorFormValues) {
  return { ...draftFacilitatorInput(values), consent: { givenOn: values.consentGivenOn, text: values.consentText } };
}

/**
 * `FacilitatorInput` from the form; only shape is checked here. Themes are not sent without
 * consent (the SDL says they must then be empty); the gateway decides everything else.
 */
export function toFacilitatorInput(
  values: FacilitatorFormValues,
  t: Translate,
): FacilitatorInputResult<FacilitatorInput> {
  const errors = emptyFormErrors<FacilitatorFormField>();
  if (!values.name) errors.fields.name = t('validation.required');
  if (!values.email && !values.phone) errors.fields.contact = t('facilitators.form.contactRequired');
  if (!values.municipalityNumber) errors.fields.municipalityNumber = t('validation.required');
  const draft = draftFacilitatorInput(values);
  if (!draft.availability) errors.fields.availability = t('validation.required');
  if (!draft.availability || Object.keys(errors.fields).length > 0) return { ok: false, errors };
  return { ok: true, input: { ...draft, availability: draft.availability } };
}

/** `CreateFacilitatorInput`: the facilitator plus the consent they gave (date and text). */
export function toCreateFacilitatorInput(
  values: FacilitatorFormValues,
  t: Translate,
): FacilitatorInputResult<CreateFacilitatorInput> {
  const facilitator = toFacilitatorInput(values, t);
  const errors = facilitator.ok ? emptyFormErrors<FacilitatorFormField>() : facilitator.errors;
  if (!isIsoDate(values.consentGivenOn)) errors.fields.consentGivenOn = t('facilitators.form.dateFormat');
  if (!values.consentText) errors.fields.consentText = t('validation.required');
  if (!facilitator.ok || Object.keys(errors.fields).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: { facilitator: facilitator.input, consent: { givenOn: values.consentGivenOn, text: values.consentText } },
  };
}
