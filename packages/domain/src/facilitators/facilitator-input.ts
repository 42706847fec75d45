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
export const optionalEmailSchema = optionalText(254, 'E-postadressen er for lang.').refine((value) => value === null || EMAIL.test(value), {
  message: 'Ugyldig e-postadresse.',
});

/** An optional phone number, 8–15 digits (null when empty). */
export const optionalPhoneSchema = optionalText(20, 'Telefonnummeret er for langt.')
  .refine((value) => value === null || (PHONE.test(value) && value.replace(/\D/g, '').length >= 8 && value.replace(/\D/g, '').length <= 15), {
    message: 'Ugyldig telefonnummer.',
  })
  .transform((value) => (value === null ? null : value.replace(/\s+/g, ' ')));

export const municipalityNumberSchema = z
  .string({ message: 'Kommune må velges.' })
  .trim()
  .min(1, { message: 'Kommune må velges.' })
  .refine((number) => number === '' || findMunicipality(number) !== undefined, { message: 'Ukjent kommunenummer.' });

const languagesSchema = z
  .array(z.string({ message: 'Ugyldig språkkode.' }).trim().toLowerCase(), { message: 'Ugyldige språk.' })
  .nullish()
  .transform((codes) => [...new Set(codes ?? [])])
  .superRefine((codes, ctx) => {
    if (codes.length > MAX_GROUP_LANGUAGES) ctx.addIssue({ code: 'custom', message: `Velg høyst ${MAX_GROUP_LANGUAGES} språk.` });
    for (const code of codes) if (!isGroupLanguageCode(code)) ctx.addIssue({ code: 'custom', message: `Ukjent språkkode ${code}.` });
  });

export const themeIdsSchema = z
  .array(z.string({ message: 'Ugyldig tema.' }).trim(), { message: 'Ugyldige tema.' })
  .nullish()
  .transform((ids) => [...new Set(ids ?? [])])
  .superRefine((ids, ctx) => {
    const unknown = ids.filter((id) => !isThemeId(id));
    if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `Ukjent tema: ${unknown.join(', ')}.` });
  });

const facilitatorFields = {
  name: z
    .string({ message: 'Navn må fylles ut.' })
    .trim()
    .min(1, { message: 'Navn må fylles ut.' })
    .max(FACILITATOR_NAME_MAX_LENGTH, { message: `Navnet kan ha høyst ${FACILITATOR_NAME_MAX_LENGTH} tegn.` }),
  email: optionalEmailSchema,
  phone: optionalPhoneSchema,
  municipalityNumber: municipalityNumberSchema,
  languages: languagesSchema,
  themeConsent: z
    .boolean({ message: 'Velg ja eller nei.' })
    .nullish()
    .transform((value) => value ?? false),
  themeIds: themeIdsSchema,
  availability: z
    .enum(FACILITATOR_AVAILABILITIES, { message: 'Velg tilgjengelighet.' })
    .nullish()
    .transform((value) => value ?? 'AVAILABLE'),
  notes: optionalText(FACILITATOR_NOTES_MAX_LENGTH, `Notatet kan ha høyst ${FACILITATOR_NOTES_MAX_LENGTH} tegn.`),
};

type FacilitatorFieldsOutput = z.output<z.ZodObject<typeof facilitatorFields>>;

/** Cross-field rules, read defensively: they run even when single fields failed. */
function crossFieldRules(input: Partial<Record<keyof FacilitatorFieldsOutput, unknown>>, ctx: z.RefinementCtx): void {
  const blank = (value: unknown) => value === null || value === undefined || value === '';
  if (blank(input.email) && blank(input.phone)) {
    ctx.addIssue({ code: 'custom', path: ['email'], message: 'Oppgi e-post eller telefonnummer (minst ett av dem).' });
  }
  if (input.themeConsent !== true && Array.isArray(input.themeIds) && input.themeIds.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['themeIds'], message: 'Tema kan bare registreres når igangsetteren har samtykket til det.' });
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
  .object(facilitatorFields, { message: 'Igangsetteren mangler opplysninger.' })
  .superRefine(crossFieldRules, { when: isObjectPayload })
  .transform(toFacilitatorData);

export const facilitatorConsentSchema = z.object(
  {
    givenOn: z.string({ message: 'Samtykkedato må fylles ut.' }).trim().refine(isIsoDate, { message: 'Ugyldig dato.' }),
    text: z
      .string({ message: 'Samtykketeksten må fylles ut.' })
      .trim()
      .min(1, { message: 'Samtykketeksten må fylles ut.' })
      .max(CONSENT_TEXT_MAX_LENGTH, { message: `Samtykketeksten kan ha høyst ${CONSENT_TEXT_MAX_LENGTH} tegn.` }),
  },
  { message: 'Samtykke må registreres.' },
) satisfies z.ZodType<FacilitatorConsent, unknown>;

/** A new facilitator: the data plus the consent to be contacted and kept on record (required). */
export const newFacilitatorInputSchema = z
  .object({ ...facilitatorFields, consent: facilitatorConsentSchema }, { message: 'Igangsetteren mangler opplysninger.' })
  .superRefine(crossFieldRules, { when: isObjectPayload })
  .transform(({ consent, ...fields }) => ({ data: toFacilitatorData(fields), consent }));

export type FacilitatorInput = z.input<typeof facilitatorInputSchema>;
export type NewFacilitatorInput = z.input<typeof newFacilitatorInputSchema>;
