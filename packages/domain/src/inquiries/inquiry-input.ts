import { z } from 'zod';
import {
  languagesSchema,
  optionalEmailSchema,
  optionalPhoneSchema,
  themeIdsSchema,
} from '../facilitators/facilitator-input.js';
import { compareIsoDates, instantToZonedParts, isIsoDate, isLocalTime } from '../groups/dates.js';
import { isObjectPayload } from '../groups/schedule-input.js';
import { isUuid } from '../input-fields.js';
import { makeConsentsInputSchema } from '../privacy/consent.js';
import { optionalPersonText } from '../privacy/free-text.js';
import { findMunicipality } from '../reference/municipalities.js';
import type { InquiryData, InquiryPersonData } from './types.js';
import {
  CONTACT_METHODS,
  INQUIRER_TYPES,
  INQUIRY_ACTIONS,
  INQUIRY_CHANNELS,
  MAX_MINUTES_SPENT,
  MIN_MINUTES_SPENT,
  PUBLIC_SERVICE_TYPES,
} from './types.js';

/** A short note: the inquiry is logged in under a minute; the story belongs in a case, if anywhere. */
export const INQUIRY_NOTE_MAX_LENGTH = 1000;
export const PERSON_ALIAS_MAX_LENGTH = 60;

const blankToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

const optionalDay = z.preprocess(
  blankToNull,
  z.string({ message: 'INVALID_DATE' }).trim().refine(isIsoDate, { message: 'INVALID_DATE' }).nullable(),
);

const optionalTime = z.preprocess(
  blankToNull,
  z.string({ message: 'TIME_FORMAT' }).trim().refine(isLocalTime, { message: 'TIME_FORMAT' }).nullable(),
);

const optionalMunicipality = z.preprocess(
  blankToNull,
  z
    .string({ message: 'UNKNOWN_MUNICIPALITY_NUMBER' })
    .trim()
    .refine((number) => findMunicipality(number) !== undefined, { message: 'UNKNOWN_MUNICIPALITY_NUMBER' })
    .nullable(),
);

const optionalId = (message: string) =>
  z.preprocess(blankToNull, z.string({ message }).refine(isUuid, { message }).nullable());

const contactSchema = z
  .object(
    {
      method: z.enum(CONTACT_METHODS, { message: 'CONTACT_METHOD_REQUIRED' }),
      value: z.string({ message: 'CONTACT_VALUE_REQUIRED' }).trim().min(1, { message: 'CONTACT_VALUE_REQUIRED' }),
    },
    { message: 'CONTACT_VALUE_REQUIRED' },
  )
  .transform((contact, ctx) => {
    // The value is checked as what its method says it is; a phone number keeps single spaces.
    const parsed = (contact.method === 'EMAIL' ? optionalEmailSchema : optionalPhoneSchema).safeParse(contact.value);
    if (!parsed.success || parsed.data === null) {
      for (const issue of parsed.error?.issues ?? [])
        ctx.addIssue({ code: 'custom', path: ['value'], message: issue.message });
      return z.NEVER;
    }
    return { method: contact.method, value: parsed.data };
  });

const personSchema = z
  .object(
    {
      alias: optionalPersonText(PERSON_ALIAS_MAX_LENGTH, 'ALIAS_TOO_LONG'),
      contact: z.preprocess(blankToNull, contactSchema.nullable()),
    },
    { message: 'PERSON_INVALID' },
  )
  .nullish()
  .transform((person): InquiryPersonData | null =>
    person && (person.alias !== null || person.contact !== null) ? person : null,
  );

/**
 * The GraphQL `InquiryInput` → `InquiryData`, logged at `now`: the day defaults to today and the
 * time to now (Europe/Oslo); neither may be in the future. Issue paths are the field names.
 */
export function makeInquiryInputSchema(now: Date) {
  const { date: today, time: nowTime } = instantToZonedParts(now);
  return z
    .object(
      {
        receivedOn: optionalDay,
        receivedTime: optionalTime,
        channel: z.enum(INQUIRY_CHANNELS, { message: 'INQUIRY_CHANNEL_REQUIRED' }),
        inquirerType: z.enum(INQUIRER_TYPES, { message: 'INQUIRER_TYPE_REQUIRED' }),
        publicServiceType: z.preprocess(
          blankToNull,
          z.enum(PUBLIC_SERVICE_TYPES, { message: 'PUBLIC_SERVICE_TYPE_REQUIRED' }).nullable(),
        ),
        partnerId: optionalId('UNKNOWN_PARTNER'),
        themeIds: themeIdsSchema,
        languages: languagesSchema,
        municipalityNumber: optionalMunicipality,
        minutesSpent: z
          .number({ message: 'MINUTES_SPENT_RANGE' })
          .int({ message: 'MINUTES_SPENT_RANGE' })
          .min(MIN_MINUTES_SPENT, { message: 'MINUTES_SPENT_RANGE' })
          .max(MAX_MINUTES_SPENT, { message: 'MINUTES_SPENT_RANGE' }),
        actions: z
          .array(z.enum(INQUIRY_ACTIONS, { message: 'INQUIRY_ACTION_UNKNOWN' }), {
            message: 'INQUIRY_ACTION_REQUIRED',
          })
          .min(1, { message: 'INQUIRY_ACTION_REQUIRED' })
          .transform((actions) => [...new Set(actions)]),
        note: optionalPersonText(INQUIRY_NOTE_MAX_LENGTH, 'NOTE_TOO_LONG'),
        person: personSchema,
        consents: makeConsentsInputSchema(today),
      },
      { message: 'INQUIRY_INCOMPLETE' },
    )
    .superRefine((input, ctx) => inquiryRules(input, ctx, today, nowTime), { when: isObjectPayload })
    .transform((input): InquiryData => ({
      ...input,
      receivedOn: input.receivedOn ?? today,
      // Logged as it happens (the day left as today): now. An earlier day without a time: unknown.
      receivedTime: input.receivedTime ?? ((input.receivedOn ?? today) === today ? nowTime : null),
    }));
}

/** Cross-field rules, read defensively: they run even when single fields failed. */
function inquiryRules(input: Record<string, unknown>, ctx: z.RefinementCtx, today: string, nowTime: string): void {
  const day = typeof input.receivedOn === 'string' && isIsoDate(input.receivedOn) ? input.receivedOn : null;
  if (day && compareIsoDates(day, today) > 0)
    ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: 'DATE_IN_FUTURE' });
  const time = typeof input.receivedTime === 'string' && isLocalTime(input.receivedTime) ? input.receivedTime : null;
  if (time && (day ?? today) === today && time > nowTime)
    ctx.addIssue({ code: 'custom', path: ['receivedTime'], message: 'INQUIRY_TIME_IN_FUTURE' });

  const given = (value: unknown) => value !== null && value !== undefined && value !== '';
  if (input.inquirerType === 'PUBLIC_SERVICE' && !given(input.publicServiceType))
    ctx.addIssue({ code: 'custom', path: ['publicServiceType'], message: 'PUBLIC_SERVICE_TYPE_REQUIRED' });
  if (input.inquirerType !== 'PUBLIC_SERVICE' && given(input.publicServiceType))
    ctx.addIssue({ code: 'custom', path: ['publicServiceType'], message: 'PUBLIC_SERVICE_TYPE_ONLY_FOR_SERVICES' });
  if (input.inquirerType === 'PARTNER' && !given(input.partnerId))
    ctx.addIssue({ code: 'custom', path: ['partnerId'], message: 'INQUIRY_PARTNER_REQUIRED' });
  if (input.inquirerType !== 'PARTNER' && given(input.partnerId))
    ctx.addIssue({ code: 'custom', path: ['partnerId'], message: 'INQUIRY_PARTNER_ONLY_FOR_PARTNERS' });

  // Contact details are kept only to contact the person again, which needs their consent.
  const person = input.person as { contact?: unknown } | null | undefined;
  const consents = Array.isArray(input.consents) ? (input.consents as { purpose?: unknown }[]) : [];
  if (given(person?.contact) && !consents.some((consent) => consent?.purpose === 'FOLLOW_UP_CONTACT'))
    ctx.addIssue({ code: 'custom', path: ['person', 'contact'], message: 'CONTACT_NEEDS_FOLLOW_UP_CONSENT' });
}

export type InquiryInput = z.input<ReturnType<typeof makeInquiryInputSchema>>;
