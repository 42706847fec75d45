import {
  CONSENT_PURPOSES,
  CONTACT_METHODS,
  INQUIRER_TYPES,
  INQUIRY_ACTIONS,
  INQUIRY_CHANNELS,
  instantToZonedParts,
  PUBLIC_SERVICE_TYPES,
} from '@selvhjelp/domain';
import type {
  ConsentPurpose,
  ContactMethod,
  InquirerType,
  InquiryAction,
  InquiryChannel,
  InquiryInput,
  PublicServiceType,
} from '../../generated/graphql';
import type { FormErrors } from '../../shared/forms/form-errors';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { formText } from '../../shared/forms/form-data';
import { isIsoDate } from '../../shared/dates/dates';
import type { Translate } from '../../shared/i18n/i18n';

// The inquiry form: FormData → the values as typed (shown again on an error) → InquiryInput.
// The portal checks only shape; the domain's schema (the gateway's own) is run over the draft
// by the action, so every rule (a national identity number in the note, a partner only for
// partners) is reported in the same round.

export interface InquiryFormValues {
  receivedOn: string;
  receivedTime: string;
  channel: string;
  inquirerType: string;
  publicServiceType: string;
  partnerId: string;
  themeIds: string[];
  municipalityNumber: string;
  /** As typed: a number field keeps the raw text. */
  minutesSpent: string;
  actions: string[];
  note: string;
  personAlias: string;
  contactMethod: string;
  contactValue: string;
  /** The purposes ticked; the wording of each is the catalogue's, in the page's language. */
  consents: string[];
}

export const INQUIRY_FORM_FIELDS = [
  'receivedOn',
  'receivedTime',
  'channel',
  'inquirerType',
  'publicServiceType',
  'partnerId',
  'themeIds',
  'municipalityNumber',
  'minutesSpent',
  'actions',
  'note',
  'personAlias',
  'contactMethod',
  'contactValue',
  'consents',
] as const satisfies readonly (keyof InquiryFormValues)[];

export type InquiryFormField = (typeof INQUIRY_FORM_FIELDS)[number];

/** The fields of the collapsed "personal details" section: opened when one of them has a value or an error. */
export const PERSON_FIELDS = ['personAlias', 'contactMethod', 'contactValue', 'consents'] as const;

/** A new inquiry starts at now in Oslo. */
export function emptyInquiryForm(now: Date = new Date()): InquiryFormValues {
  const { date, time } = instantToZonedParts(now);
  return {
    receivedOn: date,
    receivedTime: time,
    channel: '',
    inquirerType: '',
    publicServiceType: '',
    partnerId: '',
    themeIds: [],
    municipalityNumber: '',
    minutesSpent: '',
    actions: [],
    note: '',
    personAlias: '',
    contactMethod: '',
    contactValue: '',
    consents: [],
  };
}

const MAX_INT = 2_147_483_647;

const list = (form: FormData, name: string) => [
  ...new Set(form.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '')),
];

/** The posted form as typed. */
export function readInquiryForm(form: FormData): InquiryFormValues {
  return {
    receivedOn: formText(form, 'receivedOn').trim(),
    receivedTime: formText(form, 'receivedTime').trim(),
    channel: formText(form, 'channel'),
    inquirerType: formText(form, 'inquirerType'),
    publicServiceType: formText(form, 'publicServiceType'),
    partnerId: formText(form, 'partnerId'),
    themeIds: list(form, 'themeIds'),
    municipalityNumber: formText(form, 'municipalityNumber').trim(),
    minutesSpent: formText(form, 'minutesSpent').trim(),
    actions: list(form, 'actions'),
    note: formText(form, 'note').trim(),
    personAlias: formText(form, 'personAlias').trim(),
    contactMethod: formText(form, 'contactMethod'),
    contactValue: formText(form, 'contactValue').trim(),
    consents: list(form, 'consents'),
  };
}

/** Minutes as a whole number, null when left empty, undefined when it is no whole number. */
export function parseMinutes(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  if (!/^[-+]?\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Math.abs(value) <= MAX_INT ? value : undefined;
}

const oneOf = <T extends string>(codes: readonly string[], value: string): T | null =>
  codes.includes(value) ? (value as T) : null;

/**
 * What the form would send, before its own checks passed. The service and the partner go only
 * with the inquirer they belong to (a radio changed after choosing one leaves the select filled).
 * `wording` gives each ticked purpose its words, as shown; `today` is the consents' day.
 */
export function draftInquiryInput(
  values: InquiryFormValues,
  wording: (purpose: ConsentPurpose) => string,
  today: string,
) {
  const inquirerType = oneOf<InquirerType>(INQUIRER_TYPES, values.inquirerType);
  const contactMethod = oneOf<ContactMethod>(CONTACT_METHODS, values.contactMethod);
  const contact =
    values.contactValue !== '' || contactMethod !== null ? { method: contactMethod, value: values.contactValue } : null;
  const person = values.personAlias !== '' || contact !== null ? { alias: values.personAlias || null, contact } : null;
  return {
    receivedOn: values.receivedOn || null,
    receivedTime: values.receivedTime || null,
    channel: oneOf<InquiryChannel>(INQUIRY_CHANNELS, values.channel),
    inquirerType,
    publicServiceType:
      inquirerType === 'PUBLIC_SERVICE'
        ? oneOf<PublicServiceType>(PUBLIC_SERVICE_TYPES, values.publicServiceType)
        : null,
    partnerId: inquirerType === 'PARTNER' ? values.partnerId || null : null,
    themeIds: values.themeIds,
    languages: [] as string[],
    municipalityNumber: values.municipalityNumber || null,
    minutesSpent: parseMinutes(values.minutesSpent) ?? null,
    actions: values.actions.filter((action): action is InquiryAction =>
      (INQUIRY_ACTIONS as readonly string[]).includes(action),
    ),
    note: values.note || null,
    person,
    consents: values.consents
      .filter((purpose): purpose is ConsentPurpose => (CONSENT_PURPOSES as readonly string[]).includes(purpose))
      .map((purpose) => ({ purpose, givenOn: today, wording: wording(purpose) })),
  };
}

export type InquiryInputResult =
  { ok: true; input: InquiryInput } | { ok: false; errors: FormErrors<InquiryFormField> };

/** The form's own checks: the choices that must be made and the numbers that must be numbers. */
export function toInquiryInput(
  values: InquiryFormValues,
  t: Translate,
  wording: (purpose: ConsentPurpose) => string,
  today: string,
): InquiryInputResult {
  const errors = emptyFormErrors<InquiryFormField>();
  const draft = draftInquiryInput(values, wording, today);
  if (values.receivedOn && !isIsoDate(values.receivedOn)) errors.fields.receivedOn = t('inquiries.form.invalidDate');
  const minutes = parseMinutes(values.minutesSpent);
  if (minutes === undefined) errors.fields.minutesSpent = t('validation.wholeNumber');
  const { channel, inquirerType, minutesSpent, person } = draft;
  const contactMethod = person?.contact?.method;
  if (
    !channel ||
    !inquirerType ||
    minutesSpent === null ||
    Object.keys(errors.fields).length > 0 ||
    (person?.contact && !contactMethod)
  )
    return { ok: false, errors };
  return {
    ok: true,
    input: {
      ...draft,
      channel,
      inquirerType,
      minutesSpent,
      person: person
        ? {
            alias: person.alias,
            contact: person.contact && contactMethod ? { method: contactMethod, value: person.contact.value } : null,
          }
        : null,
    },
  };
}

/**
 * The form field of a gateway or schema path: `input.note`, `input.inquiry.person.contact.value`,
 * `consents.0.wording`. Null when the path names no field of the form.
 */
export function inquiryFieldOfPath(path: string): InquiryFormField | null {
  const segments = path.split('.').filter((segment) => segment !== '' && !/^\d+$/.test(segment));
  let index = 0;
  while (segments[index] === 'input' || segments[index] === 'inquiry') index += 1;
  const [first, second, third] = segments.slice(index);
  if (first === 'person') {
    if (second === 'alias') return 'personAlias';
    if (second === 'contact') return third === 'method' ? 'contactMethod' : 'contactValue';
    return 'personAlias';
  }
  if (first === 'consents') return 'consents';
  return first !== undefined && (INQUIRY_FORM_FIELDS as readonly string[]).includes(first)
    ? (first as InquiryFormField)
    : null;
}
