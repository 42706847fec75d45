import { z } from 'zod';
import { isIsoDate } from '../groups/dates.js';
import { isGroupLanguageCode, MAX_GROUP_LANGUAGES } from '../groups/languages.js';
import { isObjectPayload } from '../groups/schedule-input.js';
import { optionalText } from '../input-fields.js';
import { districtIdOfMunicipality, findMunicipality } from '../reference/municipalities.js';
import { isThemeId } from '../reference/themes.js';
import type { FacilitatorConsent, FacilitatorData } from './types.js';
import { FACILITATOR_AVAILABILITIES } from './types.js';

export const FACILITATOR_NAME_MAX_LENGTH = 120;
export const FACILITATOR_NOTES_MAX_LENGTH = 2000;
export const CONSENT_TEXT_MAX_LENGTH = 4000;

// Deliberately simple: one @, something on both sides, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Digits with optional + and spaces; 8 digits (Norway) up to 15 (E.164).
const PHONE = /^\+?[0-9 ]+$/;

/** An optional email address (null when empty). */
export const optionalEmailSchema = optionalText(254, 'EMAIL_TOO_LONG').refine(
  (value) => value === null || EMAIL.test(value),
  {
    message: 'INVALID_EMAIL',
  },
);

/** An optional phone number, 8–15 digits (null when empty). */
export const optionalPhoneSchema = optionalText(20, 'PHONE_TOO_LONG')
  .refine(
    (value) =>
      value === null ||
      (PHONE.test(value) && value.replace(/\D/g, '').length >= 8 && value.replace(/\D/g, '').length <= 15),
    {
      message: 'INVALID_PHONE',
    },
  )
  .transform((value) => (value === null ? null : value.replace(/\s+/g, ' ')));

export const municipalityNumberSchema = z
  .string({ message: 'MUNICIPALITY_REQUIRED' })
  .trim()
  .min(1, { message: 'MUNICIPALITY_REQUIRED' })
  .refine((number) => number === '' || findMunicipality(number) !== undefined, {
    message: 'UNKNOWN_MUNICIPALITY_NUMBER',
  });

/** Languages someone speaks or a group meets in (ISO 639-1 codes we list), deduplicated. */
export const languagesSchema = z
  .array(z.string({ message: 'LANGUAGE_CODE_INVALID' }).trim().toLowerCase(), { message: 'LANGUAGES_INVALID' })
  .nullish()
  .transform((codes) => [...new Set(codes ?? [])])
  .superRefine((codes, ctx) => {
    if (codes.length > MAX_GROUP_LANGUAGES)
      ctx.addIssue({ code: 'custom', message: 'TOO_MANY_LANGUAGES', params: { maximum: MAX_GROUP_LANGUAGES } });
    for (const code of codes)
      if (!isGroupLanguageCode(code))
        ctx.addIssue({ code: 'custom', message: 'LANGUAGE_CODE_UNKNOWN', params: { code } });
  });

export const themeIdsSchema = z
  .array(z.string({ message: 'THEME_INVALID' }).trim(), { message: 'THEMES_INVALID' })
  .nullish()
  .transform((ids) => [...new Set(ids ?? [])])
  .superRefine((ids, ctx) => {
    const unknown = ids.filter((id) => !isThemeId(id));
    if (unknown.length > 0)
      ctx.addIssue({ code: 'custom', message: 'THEME_UNKNOWN', params: { themes: unknown.join(', ') } });
  });

const facilitatorFields = {
  name: z
    .string({ message: 'NAME_REQUIRED' })
    .trim()
    .min(1, { message: 'NAME_REQUIRED' })
    .max(FACILITATOR_NAME_MAX_LENGTH, { message: 'NAME_TOO_LONG' }),
  email: optionalEmailSchema,
  phone: optionalPhoneSchema,
  municipalityNumber: municipalityNumberSchema,
  languages: languagesSchema,
  themeConsent: z
    .boolean({ message: 'YES_OR_NO' })
    .nullish()
    .transform((value) => value ?? false),
  themeIds: themeIdsSchema,
  availability: z
    .enum(FACILITATOR_AVAILABILITIES, { message: 'AVAILABILITY_REQUIRED' })
    .nullish()
    .transform((value) => value ?? 'AVAILABLE'),
  notes: optionalText(FACILITATOR_NOTES_MAX_LENGTH, 'NOTE_TOO_LONG'),
};

type FacilitatorFieldsOutput = z.output<z.ZodObject<typeof facilitatorFields>>;

/** Cross-field rules, read defensively: they run even when single fields failed. */
function crossFieldRules(input: Partial<Record<keyof FacilitatorFieldsOutput, unknown>>, ctx: z.RefinementCtx): void {
  const blank = (value: unknown) => value === null || value === undefined || value === '';
  if (blank(input.email) && blank(input.phone)) {
    ctx.addIssue({ code: 'custom', path: ['email'], message: 'EMAIL_OR_PHONE_REQUIRED' });
  }
  if (input.themeConsent !== true && Array.isArray(input.themeIds) && input.themeIds.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['themeIds'], message: 'THEMES_NEED_CONSENT' });
  }
}

function toFacilitatorData(input: FacilitatorFieldsOutput): FacilitatorData {
  return {
    ...input,
    districtId: districtIdOfMunicipality(input.municipalityNumber) as string,
  };
}

/**
 * The GraphQL `FacilitatorInput` → `FacilitatorData`; issue paths are the field names. The
 * district follows from the municipality.
 */
export const facilitatorInputSchema = z
  .object(facilitatorFields, { message: 'FACILITATOR_INCOMPLETE' })
  .superRefine(crossFieldRules, { when: isObjectPayload })
  .transform(toFacilitatorData);

export const facilitatorConsentSchema = z.object(
  {
    givenOn: z.string({ message: 'CONSENT_DATE_REQUIRED' }).trim().refine(isIsoDate, { message: 'INVALID_DATE' }),
    text: z
      .string({ message: 'CONSENT_TEXT_REQUIRED' })
      .trim()
      .min(1, { message: 'CONSENT_TEXT_REQUIRED' })
      .max(CONSENT_TEXT_MAX_LENGTH, { message: 'CONSENT_TEXT_TOO_LONG' }),
  },
  { message: 'CONSENT_REQUIRED' },
) satisfies z.ZodType<FacilitatorConsent, unknown>;

/** A new facilitator: the data plus the consent to be contacted and kept on record (required). */
export const newFacilitatorInputSchema = z
  .object({ ...facilitatorFields, consent: facilitatorConsentSchema }, { message: 'FACILITATOR_INCOMPLETE' })
  .superRefine(crossFieldRules, { when: isObjectPayload })
  .transform(({ consent, ...fields }) => ({ data: toFacilitatorData(fields), consent }));

export type FacilitatorInput = z.input<typeof facilitatorInputSchema>;
export type NewFacilitatorInput = z.input<typeof newFacilitatorInputSchema>;
