import { z } from 'zod';
import {
  facilitatorConsentSchema,
  languagesSchema,
  municipalityNumberSchema,
  optionalEmailSchema,
  optionalPhoneSchema,
  themeIdsSchema,
} from '../facilitators/facilitator-input.js';
import { compareIsoDates, isIsoDate } from '../groups/dates.js';
import { isObjectPayload } from '../groups/schedule-input.js';
import type { IsoDate } from '../groups/types.js';
import { isUuid } from '../input-fields.js';
import { optionalPersonText, requiredPersonText } from '../privacy/free-text.js';
import { districtIdOfMunicipality } from '../reference/municipalities.js';
import type { VolunteerPeerData } from './types.js';
import {
  DEFAULT_PEER_CAPACITY,
  MAX_PEER_CAPACITY,
  MIN_PEER_CAPACITY,
  PEER_AVAILABILITIES,
  PEER_GENDERS,
} from './types.js';

export const PEER_NAME_MAX_LENGTH = 120;
export const PEER_EXPERIENCE_MAX_LENGTH = 1000;
export const PEER_AVAILABILITY_NOTE_MAX_LENGTH = 200;
export const PEER_NOTES_MAX_LENGTH = 2000;

const blankToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

function peerFields(today: IsoDate) {
  return {
    name: requiredPersonText('NAME_REQUIRED', PEER_NAME_MAX_LENGTH, 'NAME_TOO_LONG'),
    email: optionalEmailSchema,
    phone: optionalPhoneSchema,
    municipalityNumber: municipalityNumberSchema,
    languages: languagesSchema,
    themeIds: themeIdsSchema,
    experience: optionalPersonText(PEER_EXPERIENCE_MAX_LENGTH, 'PEER_EXPERIENCE_TOO_LONG'),
    gender: z.preprocess(blankToNull, z.enum(PEER_GENDERS, { message: 'INVALID_CHOICE' }).nullable()),
    availability: z
      .enum(PEER_AVAILABILITIES, { message: 'AVAILABILITY_REQUIRED' })
      .nullish()
      .transform((value) => value ?? 'AVAILABLE'),
    availabilityNote: optionalPersonText(PEER_AVAILABILITY_NOTE_MAX_LENGTH, 'PEER_AVAILABILITY_NOTE_TOO_LONG'),
    capacity: z.preprocess(
      (value) => (value === null || value === undefined || value === '' ? DEFAULT_PEER_CAPACITY : value),
      z
        .number({ message: 'PEER_CAPACITY_RANGE' })
        .int({ message: 'PEER_CAPACITY_RANGE' })
        .min(MIN_PEER_CAPACITY, { message: 'PEER_CAPACITY_RANGE' })
        .max(MAX_PEER_CAPACITY, { message: 'PEER_CAPACITY_RANGE' }),
    ),
    confidentialityDeclaredOn: z.preprocess(
      blankToNull,
      z
        .string({ message: 'INVALID_DATE' })
        .trim()
        .refine(isIsoDate, { message: 'INVALID_DATE' })
        .refine((day) => !isIsoDate(day) || compareIsoDates(day, today) <= 0, { message: 'DATE_IN_FUTURE' })
        .nullable(),
    ),
    followUpStaffUserId: z.preprocess(
      blankToNull,
      z.string({ message: 'STAFF_USER_NOT_FOUND' }).refine(isUuid, { message: 'STAFF_USER_NOT_FOUND' }).nullable(),
    ),
    notes: optionalPersonText(PEER_NOTES_MAX_LENGTH, 'NOTE_TOO_LONG'),
  };
}

type PeerFieldsOutput = z.output<z.ZodObject<ReturnType<typeof peerFields>>>;

function crossFieldRules(input: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const blank = (value: unknown) => value === null || value === undefined || value === '';
  if (blank(input.email) && blank(input.phone))
    ctx.addIssue({ code: 'custom', path: ['email'], message: 'EMAIL_OR_PHONE_REQUIRED' });
}

const toPeerData = (input: PeerFieldsOutput): VolunteerPeerData => ({
  ...input,
  districtId: districtIdOfMunicipality(input.municipalityNumber) as string,
});

/**
 * The GraphQL `VolunteerPeerInput` → `VolunteerPeerData` on `today` (the declaration cannot be
 * dated later). The district follows from the municipality; capacity defaults to 2.
 */
export function makeVolunteerPeerInputSchema(today: IsoDate) {
  return z
    .object(peerFields(today), { message: 'PEER_INCOMPLETE' })
    .superRefine(crossFieldRules, { when: isObjectPayload })
    .transform(toPeerData);
}

/** A new peer: the data plus their consent to be kept on record with their experience (required). */
export function makeNewVolunteerPeerInputSchema(today: IsoDate) {
  return z
    .object({ ...peerFields(today), consent: facilitatorConsentSchema }, { message: 'PEER_INCOMPLETE' })
    .superRefine(crossFieldRules, { when: isObjectPayload })
    .transform(({ consent, ...fields }) => ({ data: toPeerData(fields), consent }));
}

export type VolunteerPeerInput = z.input<ReturnType<typeof makeVolunteerPeerInputSchema>>;
