import { organisationNumberProblem, PARTNER_STATUSES, PARTNER_TYPES } from '@selvhjelp/domain';
import type { PartnerInput } from '../../generated/graphql';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import type { Translate } from '../../shared/i18n/i18n';

export interface PartnerFormValues {
  name: string;
  type: string;
  organisationNumber: string;
  municipalityNumber: string;
  streetAddress: string;
  postalCode: string;
  postalPlace: string;
  website: string;
  status: string;
  /** Other districts the partner works with (the own district is always included by the gateway). */
  workingDistrictIds: string[];
  notes: string;
}

export type PartnerFormField = keyof PartnerFormValues;

export const PARTNER_FORM_FIELDS: readonly PartnerFormField[] = [
  'name',
  'type',
  'organisationNumber',
  'municipalityNumber',
  'streetAddress',
  'postalCode',
  'postalPlace',
  'website',
  'status',
  'workingDistrictIds',
  'notes',
];

export const EMPTY_PARTNER_FORM: PartnerFormValues = {
  name: '',
  type: '',
  organisationNumber: '',
  municipalityNumber: '',
  streetAddress: '',
  postalCode: '',
  postalPlace: '',
  website: '',
  status: 'PROSPECT',
  workingDistrictIds: [],
  notes: '',
};

const all = (form: FormData, name: string) =>
  form.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '');

export function readPartnerForm(form: FormData): PartnerFormValues {
  return {
    name: formText(form, 'name').trim(),
    type: formText(form, 'type'),
    organisationNumber: formText(form, 'organisationNumber').trim(),
    municipalityNumber: formText(form, 'municipalityNumber'),
    streetAddress: formText(form, 'streetAddress').trim(),
    postalCode: formText(form, 'postalCode').trim(),
    postalPlace: formText(form, 'postalPlace').trim(),
    website: formText(form, 'website').trim(),
    status: formText(form, 'status') || 'PROSPECT',
    workingDistrictIds: all(form, 'workingDistrictIds'),
    notes: formText(form, 'notes').trim(),
  };
}

export type PartnerInputResult =
  { ok: true; input: PartnerInput } | { ok: false; errors: FormErrors<PartnerFormField> };

const isOneOf = <T extends string>(allowed: readonly T[], value: string): value is T =>
  (allowed as readonly string[]).includes(value);

/** What the form would send, before its own checks passed; the domain's schema reads it too. */
export function draftPartnerInput(values: PartnerFormValues) {
  return {
    name: values.name,
    type: isOneOf(PARTNER_TYPES, values.type) ? values.type : null,
    organisationNumber: values.organisationNumber || null,
    municipalityNumber: values.municipalityNumber,
    streetAddress: values.streetAddress || null,
    postalCode: values.postalCode || null,
    postalPlace: values.postalPlace || null,
    website: values.website || null,
    status: isOneOf(PARTNER_STATUSES, values.status) ? values.status : null,
    workingDistrictIds: values.workingDistrictIds,
    notes: values.notes || null,
  };
}

/**
 * `PartnerInput` from the form. Only what the user can fix at once is checked here (required
 * fields, the organisation number's digits); the gateway decides the rest, uniqueness included.
 */
export function toPartnerInput(values: PartnerFormValues, t: Translate): PartnerInputResult {
  const errors = emptyFormErrors<PartnerFormField>();
  const draft = draftPartnerInput(values);
  if (!values.name) errors.fields.name = t('validation.required');
  if (!draft.type) errors.fields.type = t('partners.form.chooseType');
  if (!values.municipalityNumber) errors.fields.municipalityNumber = t('validation.required');
  if (!draft.status) errors.fields.status = t('validation.required');
  const problem = values.organisationNumber ? organisationNumberProblem(values.organisationNumber) : null;
  if (problem === 'FORMAT') errors.fields.organisationNumber = t('partners.form.orgNumberFormat');
  if (problem === 'CHECK_DIGIT') errors.fields.organisationNumber = t('partners.form.orgNumberCheckDigit');
  const { type, status } = draft;
  if (!type || !status || Object.keys(errors.fields).length > 0) return { ok: false, errors };
  return { ok: true, input: { ...draft, type, status } };
}

/** The saved partner as form values; the own district is left out of the checkboxes. */
export function partnerToFormValues(
  partner: {
    name: string;
    type: string;
    organisationNumber?: string | null;
    municipality: { number: string };
    streetAddress?: string | null;
    postalCode?: string | null;
    postalPlace?: string | null;
    website?: string | null;
    status: string;
    districts: readonly { id: string }[];
    notes?: string | null;
  },
  ownDistrictId: string,
): PartnerFormValues {
  return {
    name: partner.name,
    type: partner.type,
    organisationNumber: partner.organisationNumber ?? '',
    municipalityNumber: partner.municipality.number,
    streetAddress: partner.streetAddress ?? '',
    postalCode: partner.postalCode ?? '',
    postalPlace: partner.postalPlace ?? '',
    website: partner.website ?? '',
    status: partner.status,
    workingDistrictIds: partner.districts.map(({ id }) => id).filter((id) => id !== ownDistrictId),
    notes: partner.notes ?? '',
  };
}
