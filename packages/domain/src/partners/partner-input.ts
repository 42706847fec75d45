import { z } from 'zod';
import { isIsoDate } from '../groups/dates.js';
import { isObjectPayload } from '../groups/schedule-input.js';
import { isDistrictId } from '../reference/districts.js';
import { municipalityNumberSchema, optionalEmailSchema, optionalPhoneSchema } from '../facilitators/facilitator-input.js';
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


const isoDate = (missing: string) => z.string({ message: missing }).trim().min(1, { message: missing }).refine(isIsoDate, { message: 'Ugyldig dato.' });

const optionalIsoDate = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isIsoDate(value), { message: 'Ugyldig dato.' });

export const organisationNumberSchema = z
  .string()
  .nullish()
  .transform((value) => (value ? normaliseOrganisationNumber(value) : null))
  .superRefine((value, ctx) => {
    if (value === null) return;
    const problem = organisationNumberProblem(value);
    if (problem === 'FORMAT') ctx.addIssue({ code: 'custom', message: 'Organisasjonsnummeret må ha ni siffer.' });
    if (problem === 'CHECK_DIGIT') ctx.addIssue({ code: 'custom', message: 'Organisasjonsnummeret er ikke gyldig (feil kontrollsiffer).' });
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
const websiteSchema = optionalText(WEBSITE_MAX_LENGTH, `Nettadressen kan ha høyst ${WEBSITE_MAX_LENGTH} tegn.`)
  .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value))
  .refine((value) => value === null || isHttpUrl(value), { message: 'Ugyldig nettadresse.' });

const postalCodeSchema = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^\d{4}$/.test(value), { message: 'Postnummeret må ha fire siffer.' });

/** The GraphQL `PartnerInput` → `PartnerData`; issue paths are the field names. */
export const partnerInputSchema = z
  .object(
    {
      name: requiredText('Navn må fylles ut.', PARTNER_NAME_MAX_LENGTH, `Navnet kan ha høyst ${PARTNER_NAME_MAX_LENGTH} tegn.`),
      type: z.enum(PARTNER_TYPES, { message: 'Velg type samarbeidspartner.' }),
      organisationNumber: organisationNumberSchema,
      municipalityNumber: municipalityNumberSchema,
      streetAddress: optionalText(PARTNER_TEXT_MAX_LENGTH, 'Adressen er for lang.'),
      postalCode: postalCodeSchema,
      postalPlace: optionalText(PARTNER_TEXT_MAX_LENGTH, 'Poststedet er for langt.'),
      website: websiteSchema,
      status: z.enum(PARTNER_STATUSES, { message: 'Velg status.' }),
      workingDistrictIds: z
        .array(z.string().refine(isDistrictId, { message: 'Ukjent distrikt.' }), { message: 'Ugyldige distrikter.' })
        .nullish()
        .transform((ids) => [...new Set(ids ?? [])]),
      notes: optionalText(PARTNER_NOTES_MAX_LENGTH, `Notatet kan ha høyst ${PARTNER_NOTES_MAX_LENGTH} tegn.`),
    },
    { message: 'Samarbeidspartneren mangler opplysninger.' },
  )
  .superRefine(
    (input, ctx) => {
      const given = (value: unknown) => typeof value === 'string' && value.trim() !== '';
      if (given(input.postalCode) !== given(input.postalPlace)) {
        ctx.addIssue({ code: 'custom', path: [given(input.postalCode) ? 'postalPlace' : 'postalCode'], message: 'Oppgi både postnummer og poststed.' });
      }
    },
    { when: isObjectPayload },
  ) satisfies z.ZodType<PartnerData, unknown>;

export const contactInputSchema = z.object(
  {
    name: requiredText('Navn må fylles ut.', CONTACT_NAME_MAX_LENGTH, `Navnet kan ha høyst ${CONTACT_NAME_MAX_LENGTH} tegn.`),
    email: optionalEmailSchema,
    phone: optionalPhoneSchema,
    consentNote: optionalText(CONSENT_NOTE_MAX_LENGTH, `Samtykkenotatet kan ha høyst ${CONSENT_NOTE_MAX_LENGTH} tegn.`),
  },
  { message: 'Kontaktpersonen mangler opplysninger.' },
) satisfies z.ZodType<ContactData, unknown>;

export const affiliationInputSchema = z.object(
  {
    role: optionalText(CONTACT_ROLE_MAX_LENGTH, `Rollen kan ha høyst ${CONTACT_ROLE_MAX_LENGTH} tegn.`),
    fromDate: isoDate('Dato må fylles ut.'),
  },
  { message: 'Tilknytningen mangler opplysninger.' },
) satisfies z.ZodType<AffiliationData, unknown>;

export const agreementInputSchema = z
  .object(
    {
      title: requiredText('Tittel må fylles ut.', AGREEMENT_TITLE_MAX_LENGTH, `Tittelen kan ha høyst ${AGREEMENT_TITLE_MAX_LENGTH} tegn.`),
      startsOn: isoDate('Startdato må fylles ut.'),
      endsOn: optionalIsoDate,
      scope: requiredText('Beskriv hva avtalen gjelder.', AGREEMENT_SCOPE_MAX_LENGTH, `Beskrivelsen kan ha høyst ${AGREEMENT_SCOPE_MAX_LENGTH} tegn.`),
    },
    { message: 'Avtalen mangler opplysninger.' },
  )
  .superRefine(
    (input, ctx) => {
      if (isIsoDate(input.startsOn) && typeof input.endsOn === 'string' && isIsoDate(input.endsOn) && input.endsOn < input.startsOn) {
        ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'Sluttdatoen kan ikke være før startdatoen.' });
      }
    },
    { when: isObjectPayload },
  ) satisfies z.ZodType<AgreementData, unknown>;

export type PartnerInput = z.input<typeof partnerInputSchema>;
export type ContactInput = z.input<typeof contactInputSchema>;
export type AgreementInput = z.input<typeof agreementInputSchema>;
