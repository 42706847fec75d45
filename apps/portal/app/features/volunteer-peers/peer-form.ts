import type { CreateVolunteerPeerInput, PeerGender, VolunteerPeerInput } from '../../generated/graphql';
import type { FormErrors } from '../../shared/forms/form-errors';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { formText } from '../../shared/forms/form-data';
import { isIsoDate } from '../../shared/dates/dates';
import type { Translate } from '../../shared/i18n/i18n';

import { DEFAULT_PEER_CAPACITY, PEER_AVAILABILITIES, PEER_GENDERS } from '@selvhjelp/domain';

export { PEER_AVAILABILITIES, PEER_GENDERS };

/** Who the peer is: a person of their own, or a facilitator of the district (one person, two roles). */
export const PEER_PERSON_KINDS = ['own', 'facilitator'] as const;
export type PeerPersonKind = (typeof PEER_PERSON_KINDS)[number];

export interface PeerFormValues {
  person: PeerPersonKind;
  facilitatorId: string;
  name: string;
  email: string;
  phone: string;
  municipalityNumber: string;
  languages: string[];
  themeIds: string[];
  experience: string;
  gender: string;
  availability: string;
  availabilityNote: string;
  capacity: string;
  confidentialityDeclaredOn: string;
  followUpStaffUserId: string;
  notes: string;
  /** Only on create. */
  consentGivenOn: string;
  consentText: string;
}

export type PeerFormField = Exclude<keyof PeerFormValues, 'person'> | 'contact';

export const PEER_FORM_FIELDS: readonly PeerFormField[] = [
  'facilitatorId',
  'name',
  'email',
  'phone',
  'contact',
  'municipalityNumber',
  'languages',
  'themeIds',
  'experience',
  'gender',
  'availability',
  'availabilityNote',
  'capacity',
  'confidentialityDeclaredOn',
  'followUpStaffUserId',
  'notes',
  'consentGivenOn',
  'consentText',
];

/** Gateway and schema paths whose last segment is not the form's field name. */
export const PEER_FIELD_MAP: Readonly<Record<string, PeerFormField>> = {
  'input.consent.givenOn': 'consentGivenOn',
  'input.consent.text': 'consentText',
  'consent.givenOn': 'consentGivenOn',
  'consent.text': 'consentText',
};

export const EMPTY_PEER_FORM: PeerFormValues = {
  person: 'own',
  facilitatorId: '',
  name: '',
  email: '',
  phone: '',
  municipalityNumber: '',
  languages: ['nb'],
  themeIds: [],
  experience: '',
  gender: '',
  availability: 'AVAILABLE',
  availabilityNote: '',
  capacity: String(DEFAULT_PEER_CAPACITY),
  confidentialityDeclaredOn: '',
  followUpStaffUserId: '',
  notes: '',
  consentGivenOn: '',
  consentText: '',
};

const all = (form: FormData, name: string) =>
  form.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '');

export function readPeerForm(form: FormData): PeerFormValues {
  return {
    person: formText(form, 'person') === 'facilitator' ? 'facilitator' : 'own',
    facilitatorId: formText(form, 'facilitatorId').trim(),
    name: formText(form, 'name').trim(),
    email: formText(form, 'email').trim(),
    phone: formText(form, 'phone').trim(),
    municipalityNumber: formText(form, 'municipalityNumber'),
    languages: all(form, 'languages'),
    themeIds: all(form, 'themeIds'),
    experience: formText(form, 'experience').trim(),
    gender: formText(form, 'gender'),
    availability: formText(form, 'availability') || 'AVAILABLE',
    availabilityNote: formText(form, 'availabilityNote').trim(),
    capacity: formText(form, 'capacity').trim(),
    confidentialityDeclaredOn: formText(form, 'confidentialityDeclaredOn').trim(),
    followUpStaffUserId: formText(form, 'followUpStaffUserId'),
    notes: formText(form, 'notes').trim(),
    consentGivenOn: formText(form, 'consentGivenOn').trim(),
    consentText: formText(form, 'consentText').trim(),
  };
}

const oneOf = <T extends string>(allowed: readonly T[], value: string): T | null =>
  (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** The capacity as a whole number, or what was typed (the domain's schema refuses it by name). */
function capacityOf(text: string): number | string | null {
  if (text === '') return null;
  return /^\d{1,3}$/.test(text) ? Number(text) : text;
}

/**
 * What the form would send, before its own checks; the domain's schema reads it too. A peer who
 * is a facilitator sends no name or contact: the facilitator's are used.
 */
export function draftPeerInput(values: PeerFormValues) {
  const own = values.person === 'own';
  return {
    name: own ? values.name : null,
    email: own ? values.email || null : null,
    phone: own ? values.phone || null : null,
    municipalityNumber: values.municipalityNumber,
    languages: values.languages.length > 0 ? values.languages : ['nb'],
    themeIds: values.themeIds,
    experience: values.experience || null,
    gender: values.gender === '' ? null : (oneOf(PEER_GENDERS, values.gender) ?? values.gender),
    availability: oneOf(PEER_AVAILABILITIES, values.availability),
    availabilityNote: values.availabilityNote || null,
    capacity: capacityOf(values.capacity),
    confidentialityDeclaredOn: values.confidentialityDeclaredOn || null,
    followUpStaffUserId: values.followUpStaffUserId || null,
    notes: values.notes || null,
  };
}

export type PeerInputResult<Input> = { ok: true; input: Input } | { ok: false; errors: FormErrors<PeerFormField> };

/** `VolunteerPeerInput` from the form; only shape is checked here, the gateway decides the rest. */
export function toPeerInput(values: PeerFormValues, t: Translate): PeerInputResult<VolunteerPeerInput> {
  const errors = emptyFormErrors<PeerFormField>();
  const draft = draftPeerInput(values);
  if (values.person === 'own') {
    if (!values.name) errors.fields.name = t('validation.required');
    if (!values.email && !values.phone) errors.fields.contact = t('peers.form.contactRequired');
  }
  if (!values.municipalityNumber) errors.fields.municipalityNumber = t('validation.required');
  if (!draft.availability) errors.fields.availability = t('validation.required');
  if (draft.gender !== null && oneOf(PEER_GENDERS, draft.gender) === null)
    errors.fields.gender = t('peers.form.choose');
  if (draft.capacity !== null && typeof draft.capacity !== 'number')
    errors.fields.capacity = t('peers.form.capacityNumber');
  if (draft.confidentialityDeclaredOn !== null && !isIsoDate(draft.confidentialityDeclaredOn))
    errors.fields.confidentialityDeclaredOn = t('peers.form.dateFormat');
  if (Object.keys(errors.fields).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      ...draft,
      gender: draft.gender as PeerGender | null,
      availability: draft.availability,
      capacity: (draft.capacity as number | null) ?? DEFAULT_PEER_CAPACITY,
    },
  };
}

/** `CreateVolunteerPeerInput`: the peer, the facilitator they also are (if so) and their consent. */
export function toCreatePeerInput(values: PeerFormValues, t: Translate): PeerInputResult<CreateVolunteerPeerInput> {
  const peer = toPeerInput(values, t);
  const errors = peer.ok ? emptyFormErrors<PeerFormField>() : peer.errors;
  if (values.person === 'facilitator' && !values.facilitatorId)
    errors.fields.facilitatorId = t('peers.form.chooseFacilitator');
  if (!isIsoDate(values.consentGivenOn)) errors.fields.consentGivenOn = t('peers.form.dateFormat');
  if (!values.consentText) errors.fields.consentText = t('validation.required');
  if (!peer.ok || Object.keys(errors.fields).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      facilitatorId: values.person === 'facilitator' ? values.facilitatorId : null,
      peer: peer.input,
      consent: { givenOn: values.consentGivenOn, text: values.consentText },
    },
  };
}

export interface CheckInFormValues {
  date: string;
  note: string;
  nextCheckInOn: string;
}

export type CheckInFormField = keyof CheckInFormValues;
export const CHECK_IN_FORM_FIELDS: readonly CheckInFormField[] = ['date', 'note', 'nextCheckInOn'];

export function readCheckInForm(form: FormData): CheckInFormValues {
  return {
    date: formText(form, 'date').trim(),
    note: formText(form, 'note').trim(),
    nextCheckInOn: formText(form, 'nextCheckInOn').trim(),
  };
}

/** The check-in's shape: a date, and a next date only when it is one; the gateway checks the order. */
export function checkInErrors(values: CheckInFormValues, t: Translate): FormErrors<CheckInFormField> {
  const errors = emptyFormErrors<CheckInFormField>();
  if (!isIsoDate(values.date)) errors.fields.date = t('peers.form.dateFormat');
  if (values.nextCheckInOn && !isIsoDate(values.nextCheckInOn))
    errors.fields.nextCheckInOn = t('peers.form.dateFormat');
  return errors;
}
