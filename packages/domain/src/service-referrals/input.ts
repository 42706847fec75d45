import { z } from 'zod';
import { optionalEmailSchema, optionalPhoneSchema, themeIdsSchema } from '../facilitators/facilitator-input.js';
import { compareIsoDates, isIsoDate } from '../groups/dates.js';
import { isObjectPayload } from '../groups/schedule-input.js';
import type { IsoDate } from '../groups/types.js';
import { requiredText } from '../input-fields.js';
import { CONSENT_WORDING_MAX_LENGTH } from '../privacy/consent.js';
import { optionalPersonText, requiredPersonText } from '../privacy/free-text.js';
import { findMunicipality } from '../reference/municipalities.js';
import { CONTACT_METHODS, PUBLIC_SERVICE_TYPES } from '../inquiries/types.js';
import { PERSON_ALIAS_MAX_LENGTH } from '../inquiries/inquiry-input.js';
import type { ServiceReferralData, TalkRequestData } from './types.js';

export const SERVICE_REFERENCE_MAX_LENGTH = 64;
export const SERVICE_REASON_MAX_LENGTH = 500;
export const SERVICE_UNIT_MAX_LENGTH = 120;
export const CONTACT_TIMES_MAX_LENGTH = 120;
export const TALK_TOPIC_MAX_LENGTH = 200;
export const TALK_PLACE_MAX_LENGTH = 200;
export const MAX_TALK_AUDIENCE = 10_000;

const referenceSchema = z
  .string({ message: 'SERVICE_REFERENCE_REQUIRED' })
  .trim()
  .min(1, { message: 'SERVICE_REFERENCE_REQUIRED' })
  .max(SERVICE_REFERENCE_MAX_LENGTH, { message: 'SERVICE_REFERENCE_TOO_LONG' });

const municipalitySchema = z
  .string({ message: 'MUNICIPALITY_REQUIRED' })
  .trim()
  .min(1, { message: 'MUNICIPALITY_REQUIRED' })
  .refine((number) => findMunicipality(number) !== undefined, { message: 'UNKNOWN_MUNICIPALITY_NUMBER' });

const dayNoLaterThan = (today: IsoDate) =>
  z
    .string({ message: 'CONSENT_DATE_REQUIRED' })
    .trim()
    .refine(isIsoDate, { message: 'INVALID_DATE' })
    .refine((value) => !isIsoDate(value) || compareIsoDates(value, today) <= 0, { message: 'CONSENT_DATE_IN_FUTURE' });

const serviceContactSchema = z
  .object(
    {
      name: requiredText('SERVICE_CONTACT_NAME_REQUIRED', 120, 'NAME_TOO_LONG'),
      phone: optionalPhoneSchema,
      email: optionalEmailSchema,
    },
    { message: 'SERVICE_CONTACT_REQUIRED' },
  )
  .superRefine((contact, ctx) => {
    if (contact.phone === null && contact.email === null)
      ctx.addIssue({ code: 'custom', path: ['phone'], message: 'SERVICE_CONTACT_PHONE_OR_EMAIL' });
  });

const baseShape = {
  reference: referenceSchema,
  municipality: municipalitySchema,
  serviceType: z.enum(PUBLIC_SERVICE_TYPES, { message: 'PUBLIC_SERVICE_TYPE_REQUIRED' }),
  serviceUnit: requiredText('SERVICE_UNIT_REQUIRED', SERVICE_UNIT_MAX_LENGTH, 'SERVICE_UNIT_TOO_LONG'),
  serviceContact: serviceContactSchema,
};

const personSchema = z
  .object(
    {
      firstName: requiredPersonText('FIRST_NAME_REQUIRED', PERSON_ALIAS_MAX_LENGTH, 'ALIAS_TOO_LONG'),
      contactPreference: z.enum(CONTACT_METHODS, { message: 'CONTACT_METHOD_REQUIRED' }),
      phone: optionalPhoneSchema,
      email: optionalEmailSchema,
      goodTimes: optionalPersonText(CONTACT_TIMES_MAX_LENGTH, 'CONTACT_TIMES_TOO_LONG'),
    },
    { message: 'PERSON_INVALID' },
  )
  .superRefine((person, ctx) => {
    // The one the person prefers is the one the office uses; it has to be there.
    if (person.contactPreference === 'PHONE' && person.phone === null)
      ctx.addIssue({ code: 'custom', path: ['phone'], message: 'CONTACT_VALUE_REQUIRED' });
    if (person.contactPreference === 'EMAIL' && person.email === null)
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'CONTACT_VALUE_REQUIRED' });
  });

/**
 * `SubmitReferralInput` → ServiceReferralData, on `now`'s day. Minimum data: a first name, the
 * contact the person prefers (the other one is not kept), the consent's wording and day; no
 * identity number anywhere (refused in every free text), no diagnosis field.
 */
export function makeServiceReferralInputSchema(today: IsoDate) {
  return z
    .object(
      {
        ...baseShape,
        person: personSchema,
        consent: z.object(
          {
            givenOn: dayNoLaterThan(today),
            wording: requiredPersonText(
              'CONSENT_WORDING_REQUIRED',
              CONSENT_WORDING_MAX_LENGTH,
              'CONSENT_WORDING_TOO_LONG',
            ),
          },
          { message: 'CONSENT_REQUIRED' },
        ),
        themeIds: themeIdsSchema,
        reasonText: optionalPersonText(SERVICE_REASON_MAX_LENGTH, 'SERVICE_REASON_TOO_LONG'),
      },
      { message: 'SERVICE_REFERRAL_INCOMPLETE' },
    )
    .transform((input): ServiceReferralData => ({
      kind: 'REFERRAL',
      reference: input.reference,
      municipalityNumber: input.municipality,
      serviceType: input.serviceType,
      serviceUnit: input.serviceUnit,
      serviceContact: input.serviceContact,
      person: {
        firstName: input.person.firstName,
        contact:
          input.person.contactPreference === 'PHONE'
            ? { method: 'PHONE', value: input.person.phone! }
            : { method: 'EMAIL', value: input.person.email! },
        contactTimes: input.person.goodTimes,
      },
      consent: input.consent,
      themeIds: input.themeIds,
      reasonText: input.reasonText,
    }));
}

/** `RequestTalkInput` → TalkRequestData: the wished period may not end before it starts, nor lie in the past. */
export function makeTalkRequestInputSchema(today: IsoDate) {
  const day = z.string({ message: 'INVALID_DATE' }).trim().refine(isIsoDate, { message: 'INVALID_DATE' });
  return z
    .object(
      {
        ...baseShape,
        topic: requiredPersonText('TALK_TOPIC_REQUIRED', TALK_TOPIC_MAX_LENGTH, 'TALK_TOPIC_TOO_LONG'),
        themeIds: themeIdsSchema,
        audienceSize: z
          .number({ message: 'TALK_AUDIENCE_RANGE' })
          .int({ message: 'TALK_AUDIENCE_RANGE' })
          .min(1, { message: 'TALK_AUDIENCE_RANGE' })
          .max(MAX_TALK_AUDIENCE, { message: 'TALK_AUDIENCE_RANGE' }),
        wishedFrom: day,
        wishedTo: day,
        place: requiredText('TALK_PLACE_REQUIRED', TALK_PLACE_MAX_LENGTH, 'TALK_PLACE_TOO_LONG'),
      },
      { message: 'SERVICE_REFERRAL_INCOMPLETE' },
    )
    .superRefine(
      (input, ctx) => {
        const from = typeof input.wishedFrom === 'string' && isIsoDate(input.wishedFrom) ? input.wishedFrom : null;
        const to = typeof input.wishedTo === 'string' && isIsoDate(input.wishedTo) ? input.wishedTo : null;
        if (to && compareIsoDates(to, today) < 0)
          ctx.addIssue({ code: 'custom', path: ['wishedTo'], message: 'TALK_PERIOD_PAST' });
        if (from && to && compareIsoDates(from, to) > 0)
          ctx.addIssue({ code: 'custom', path: ['wishedTo'], message: 'DATE_RANGE_REVERSED' });
      },
      { when: isObjectPayload },
    )
    .transform((input): TalkRequestData => ({
      kind: 'TALK_REQUEST',
      reference: input.reference,
      municipalityNumber: input.municipality,
      serviceType: input.serviceType,
      serviceUnit: input.serviceUnit,
      serviceContact: input.serviceContact,
      topic: input.topic,
      themeIds: input.themeIds,
      audienceSize: input.audienceSize,
      wishedFrom: input.wishedFrom,
      wishedTo: input.wishedTo,
      place: input.place,
    }));
}
