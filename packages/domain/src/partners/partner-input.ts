import { z } from 'zod';
import { isIsoDate } from '../groups/dates.js';
import { isObjectPayload } from '../groups/schedule-input.js';
import { isDistrictId } from '../reference/districts.js';
import {
  municipalityNumberSchema,
  optionalEmailSchema,
  optionalPhoneSchema,
} from '../facilitators/facilitator-input.js';
import { optionalText, requiredText } from '../input-fields.js';
import { normaliseOrganisationNumber, organisationNumberProblem } from './organisation-number.js';
import type { AffiliationData, AgreementData, ContactData, PartnerData } from './types.js';
import { PARTNER_STATUSES, PARTNER_TYPES } from './types.js';

export const PARTNER_NAME_MAX_LENGTH = 200;
export const PARTNER_TEXT_MAX_LENGTH = 200;
export const PARTNER_NOTES_MAX_LENGTH = 4000;
export const WEBSITE_MAX_LENGTH = 500;
export const CONTACT_NAME_MAX_LENGTH = 120;
export const CONTACT_ROLE_MAX_LENGTH = 120;
export const CONSENT_NOTE_MAX_LENGTH = 1000;
export const AGREEMENT_TITLE_MAX_LENGTH = 200;
export const AGREEMENT_SCOPE_MAX_LENGTH = 4000;

const isoDate = (missing: string) =>
  z.string({ message: missing }).trim().min(1, { message: missing }).refine(isIsoDate, { message: 'INVALID_DATE' });

const optionalIsoDate = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isIsoDate(value), { message: 'INVALID_DATE' });

export const organisationNumberSchema = z
  .string()
  .nullish()
  .transform((value) => (value ? normaliseOrganisationNumber(value) : null))
  .superRefine((value, ctx) => {
    if (value === null) return;
    const problem = organisationNumberProblem(value);
    if (problem === 'FORMAT') ctx.addIssue({ code: 'custom', message: 'ORGANISATION_NUMBER_FORMAT' });
    if (problem === 'CHECK_DIGIT') ctx.addIssue({ code: 'custom', message: 'ORGANISATION_NUMBER_CHECK_DIGIT' });
  });

function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** "selvhjelp.no" is taken as https://selvhjelp.no. */
export const websiteSchema = optionalText(WEBSITE_MAX_LENGTH, 'WEBSITE_TOO_LONG')
  .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value))
  .refine((value) => value === null || isHttpUrl(value), { message: 'INVALID_URL' });

const postalCodeSchema = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^\d{4}$/.test(value), { message: 'PARTNER_POSTAL_CODE_FORMAT' });

/** The GraphQL `PartnerInput` → `PartnerData`; issue paths are the field names. */
export const partnerInputSchema = z
  .object(
    {
      name: requiredText('NAME_REQUIRED', PARTNER_NAME_MAX_LENGTH, 'NAME_TOO_LONG'),
      type: z.enum(PARTNER_TYPES, { message: 'PARTNER_TYPE_REQUIRED' }),
      organisationNumber: organisationNumberSchema,
      municipalityNumber: municipalityNumberSchema,
      streetAddress: optionalText(PARTNER_TEXT_MAX_LENGTH, 'STREET_ADDRESS_TOO_LONG'),
      postalCode: postalCodeSchema,
      postalPlace: optionalText(PARTNER_TEXT_MAX_LENGTH, 'POSTAL_PLACE_TOO_LONG'),
      website: websiteSchema,
      status: z.enum(PARTNER_STATUSES, { message: 'STATUS_REQUIRED' }),
      workingDistrictIds: z
        .array(z.string().refine(isDistrictId, { message: 'UNKNOWN_DISTRICT' }), { message: 'DISTRICTS_INVALID' })
        .nullish()
        .transform((ids) => [...new Set(ids ?? [])]),
      notes: optionalText(PARTNER_NOTES_MAX_LENGTH, 'NOTE_TOO_LONG'),
    },
    { message: 'PARTNER_INCOMPLETE' },
  )
  .superRefine(
    (input, ctx) => {
      const given = (value: unknown) => typeof value === 'string' && value.trim() !== '';
      if (given(input.postalCode) !== given(input.postalPlace)) {
        ctx.addIssue({
          code: 'custom',
          path: [given(input.postalCode) ? 'postalPlace' : 'postalCode'],
          message: 'POSTAL_CODE_AND_PLACE',
        });
      }
    },
    { when: isObjectPayload },
  ) satisfies z.ZodType<PartnerData, unknown>;

export const contactInputSchema = z.object(
  {
    name: requiredText('NAME_REQUIRED', CONTACT_NAME_MAX_LENGTH, 'NAME_TOO_LONG'),
    email: optionalEmailSchema,
    phone: optionalPhoneSchema,
    consentNote: optionalText(CONSENT_NOTE_MAX_LENGTH, 'CONSENT_NOTE_TOO_LONG'),
  },
  { message: 'CONTACT_INCOMPLETE' },
) satisfies z.ZodType<ContactData, unknown>;

export const affiliationInputSchema = z.object(
  {
    role: optionalText(CONTACT_ROLE_MAX_LENGTH, 'ROLE_TOO_LONG'),
    fromDate: isoDate('DATE_REQUIRED'),
  },
  { message: 'AFFILIATION_INCOMPLETE' },
) satisfies z.ZodType<AffiliationData, unknown>;

export const agreementInputSchema = z
  .object(
    {
      title: requiredText('TITLE_REQUIRED', AGREEMENT_TITLE_MAX_LENGTH, 'TITLE_TOO_LONG'),
      startsOn: isoDate('START_DATE_REQUIRED'),
      endsOn: optionalIsoDate,
      scope: requiredText('AGREEMENT_SCOPE_REQUIRED', AGREEMENT_SCOPE_MAX_LENGTH, 'DESCRIPTION_TOO_LONG'),
    },
    { message: 'AGREEMENT_INCOMPLETE' },
  )
  .superRefine(
    (input, ctx) => {
      if (
        isIsoDate(input.startsOn) &&
        typeof input.endsOn === 'string' &&
        isIsoDate(input.endsOn) &&
        input.endsOn < input.startsOn
      ) {
        ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'AGREEMENT_END_BEFORE_START' });
      }
    },
    { when: isObjectPayload },
  ) satisfies z.ZodType<AgreementData, unknown>;

export type PartnerInput = z.input<typeof partnerInputSchema>;
export type ContactInput = z.input<typeof contactInputSchema>;
export type AgreementInput = z.input<typeof agreementInputSchema>;
