import { REFERRAL_AREA_KINDS, REFERRAL_RESOURCE_TYPES } from '@selvhjelp/domain';
import type { ReferralAreaKind, ReferralResourceType } from '@selvhjelp/domain';
import type { ReferralResourceInput } from '../../generated/graphql';
import type { FormErrors } from '../../shared/forms/form-errors';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { formText } from '../../shared/forms/form-data';
import type { Translate } from '../../shared/i18n/i18n';

// The referral directory's form: FormData → values as typed → ReferralResourceInput. The rules
// (municipalities exactly for a local area, a valid phone and website) are the domain schema's.

export interface ReferralFormValues {
  name: string;
  type: string;
  offers: string;
  areaKind: string;
  municipalityNumbers: string[];
  howToRefer: string;
  phone: string;
  website: string;
  partnerId: string;
}

export const REFERRAL_FORM_FIELDS = [
  'name',
  'type',
  'offers',
  'areaKind',
  'municipalityNumbers',
  'howToRefer',
  'phone',
  'website',
  'partnerId',
] as const satisfies readonly (keyof ReferralFormValues)[];

export type ReferralFormField = (typeof REFERRAL_FORM_FIELDS)[number];

export const EMPTY_REFERRAL_FORM: ReferralFormValues = {
  name: '',
  type: '',
  offers: '',
  areaKind: 'DISTRICT',
  municipalityNumbers: [],
  howToRefer: '',
  phone: '',
  website: '',
  partnerId: '',
};

export function readReferralForm(form: FormData): ReferralFormValues {
  return {
    name: formText(form, 'name').trim(),
    type: formText(form, 'type'),
    offers: formText(form, 'offers').trim(),
    areaKind: formText(form, 'areaKind'),
    municipalityNumbers: [
      ...new Set(
        form
          .getAll('municipalityNumbers')
          .filter((value): value is string => typeof value === 'string' && value !== ''),
      ),
    ],
    howToRefer: formText(form, 'howToRefer').trim(),
    phone: formText(form, 'phone').trim(),
    website: formText(form, 'website').trim(),
    partnerId: formText(form, 'partnerId'),
  };
}

/** What the form would send; municipalities go only with a local area (a changed radio leaves boxes ticked). */
export function draftReferralInput(values: ReferralFormValues) {
  const areaKind = (REFERRAL_AREA_KINDS as readonly string[]).includes(values.areaKind)
    ? (values.areaKind as ReferralAreaKind)
    : null;
  return {
    name: values.name,
    type: (REFERRAL_RESOURCE_TYPES as readonly string[]).includes(values.type)
      ? (values.type as ReferralResourceType)
      : null,
    offers: values.offers,
    areaKind,
    municipalityNumbers: areaKind === 'MUNICIPALITIES' ? values.municipalityNumbers : [],
    howToRefer: values.howToRefer,
    phone: values.phone || null,
    website: values.website || null,
    partnerId: values.partnerId || null,
  };
}

export type ReferralInputResult =
  { ok: true; input: ReferralResourceInput } | { ok: false; errors: FormErrors<ReferralFormField> };

export function toReferralInput(values: ReferralFormValues, t: Translate): ReferralInputResult {
  const errors = emptyFormErrors<ReferralFormField>();
  const draft = draftReferralInput(values);
  if (!values.name) errors.fields.name = t('validation.required');
  if (!values.offers) errors.fields.offers = t('validation.required');
  if (!values.howToRefer) errors.fields.howToRefer = t('validation.required');
  const { type, areaKind } = draft;
  if (!type || !areaKind || Object.keys(errors.fields).length > 0) return { ok: false, errors };
  return { ok: true, input: { ...draft, type, areaKind } };
}

/** `resource.phone`, `input.resource.municipalityNumbers.2` → the form field. */
export function referralFieldOfPath(path: string): ReferralFormField | null {
  const segments = path.split('.').filter((segment) => segment !== '' && !/^\d+$/.test(segment));
  let index = 0;
  while (segments[index] === 'input' || segments[index] === 'resource') index += 1;
  const field = segments[index];
  return field !== undefined && (REFERRAL_FORM_FIELDS as readonly string[]).includes(field)
    ? (field as ReferralFormField)
    : null;
}
