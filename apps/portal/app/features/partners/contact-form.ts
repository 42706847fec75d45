import type { AddContactInput, MoveContactInput, UpdateContactInput } from '../../generated/graphql';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { isIsoDate } from '../../shared/dates/dates';
import type { Translate } from '../../shared/i18n/i18n';

export interface ContactFormValues {
  name: string;
  role: string;
  email: string;
  phone: string;
  consentNote: string;
  /** Only when adding: when the person took up the place. */
  since: string;
}

export type ContactFormField = keyof ContactFormValues;

export const CONTACT_FORM_FIELDS: readonly ContactFormField[] = [
  'name',
  'role',
  'email',
  'phone',
  'consentNote',
  'since',
];

export const emptyContactForm = (today: string): ContactFormValues => ({
  name: '',
  role: '',
  email: '',
  phone: '',
  consentNote: '',
  since: today,
});

export function readContactForm(form: FormData): ContactFormValues {
  return {
    name: formText(form, 'name').trim(),
    role: formText(form, 'role').trim(),
    email: formText(form, 'email').trim(),
    phone: formText(form, 'phone').trim(),
    consentNote: formText(form, 'consentNote').trim(),
    since: formText(form, 'since').trim(),
  };
}

type Result<Input, Field extends string> = { ok: true; input: Input } | { ok: false; errors: FormErrors<Field> };

function checkContact(values: ContactFormValues, t: Translate, withSince: boolean): FormErrors<ContactFormField> {
  const errors = emptyFormErrors<ContactFormField>();
  if (!values.name) errors.fields.name = t('validation.required');
  if (withSince && values.since && !isIsoDate(values.since)) errors.fields.since = t('partners.form.dateFormat');
  return errors;
}

/** The person as the form would send them; the domain's contact schema reads it too. */
export const contactOf = (values: ContactFormValues) => ({
  name: values.name,
  email: values.email || null,
  phone: values.phone || null,
  consentNote: values.consentNote || null,
});

/** `AddContactInput`: a new person at the partner; an empty date means today (the gateway's default). */
export function toAddContactInput(
  values: ContactFormValues,
  partnerId: string,
  t: Translate,
): Result<AddContactInput, ContactFormField> {
  const errors = checkContact(values, t, true);
  if (Object.keys(errors.fields).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: { partnerId, contact: contactOf(values), role: values.role || null, since: values.since || null },
  };
}

/** `UpdateContactInput`: the person's details and role; the place's start date stays. */
export function toUpdateContactInput(
  values: ContactFormValues,
  id: string,
  version: number,
  t: Translate,
): Result<UpdateContactInput, ContactFormField> {
  const errors = checkContact(values, t, false);
  if (Object.keys(errors.fields).length > 0) return { ok: false, errors };
  return { ok: true, input: { id, version, contact: contactOf(values), role: values.role || null } };
}

/** The move select's value for "left, at no partner of the district" ('' is "not chosen yet"). */
export const LEFT_NO_PARTNER = 'left';

export interface MoveFormValues {
  /** A partner's id, LEFT_NO_PARTNER, or '' when nothing was chosen. */
  toPartnerId: string;
  role: string;
  date: string;
}

export type MoveFormField = keyof MoveFormValues;

export const MOVE_FORM_FIELDS: readonly MoveFormField[] = ['toPartnerId', 'role', 'date'];

export function readMoveForm(form: FormData): MoveFormValues {
  return {
    toPartnerId: formText(form, 'toPartnerId'),
    role: formText(form, 'role').trim(),
    date: formText(form, 'date').trim(),
  };
}

/** `MoveContactInput`: to another partner, or away (no partner); the current place ends on `date`. */
export function toMoveContactInput(
  values: MoveFormValues,
  id: string,
  version: number,
  t: Translate,
): Result<MoveContactInput, MoveFormField> {
  const errors = emptyFormErrors<MoveFormField>();
  if (!values.toPartnerId) errors.fields.toPartnerId = t('partners.move.choose');
  if (!isIsoDate(values.date))
    errors.fields.date = values.date ? t('partners.form.dateFormat') : t('validation.required');
  if (Object.keys(errors.fields).length > 0) return { ok: false, errors };
  const left = values.toPartnerId === LEFT_NO_PARTNER;
  return {
    ok: true,
    input: left
      ? { id, version, toPartnerId: null, role: null, date: values.date }
      : { id, version, toPartnerId: values.toPartnerId, role: values.role || null, date: values.date },
  };
}

/** `version` from a posted form; 0 when missing, which the gateway answers with CONFLICT. */
export function formVersion(form: FormData): number {
  const version = Number.parseInt(formText(form, 'version'), 10);
  return Number.isSafeInteger(version) ? version : 0;
}
