import { z } from 'zod';
import { optionalText, requiredText } from '../input-fields.js';
import { districtIdOfMunicipality, findMunicipality } from '../reference/municipalities.js';
import { findTheme, isThemeId, MIXED_THEME_ID } from '../reference/themes.js';
import { DEFAULT_GROUP_LANGUAGES, isGroupLanguageCode, MAX_GROUP_LANGUAGES } from './languages.js';
import { isObjectPayload, scheduleInputSchema } from './schedule-input.js';
import type { GroupData, VenueData } from './types.js';
import { GROUP_FORMATS, TARGET_GROUPS } from './types.js';

export const GROUP_NAME_MIN_LENGTH = 3;
export const GROUP_NAME_MAX_LENGTH = 120;
export const GROUP_DESCRIPTION_MAX_LENGTH = 1000;
export const VENUE_TEXT_MAX_LENGTH = 200;
export const ACCESSIBILITY_NOTES_MAX_LENGTH = 500;
export const MEETING_URL_MAX_LENGTH = 500;
export const GROUP_MIN_SIZE = 2;
export const GROUP_MAX_SIZE = 100;



const optionalFlag = z
  .boolean({ message: 'Velg ja eller nei.' })
  .nullish()
  .transform((value) => value ?? false);

export const venueInputSchema = z.object(
  {
    name: requiredText('Navn på møtested må fylles ut.', VENUE_TEXT_MAX_LENGTH, 'Navnet på møtestedet er for langt.'),
    streetAddress: requiredText('Adresse må fylles ut.', VENUE_TEXT_MAX_LENGTH, 'Adressen er for lang.'),
    postalCode: z
      .string({ message: 'Postnummer må fylles ut.' })
      .trim()
      .regex(/^\d{4}$/, { message: 'Postnummer må ha fire sifre.' }),
    postalPlace: requiredText('Poststed må fylles ut.', VENUE_TEXT_MAX_LENGTH, 'Poststedet er for langt.'),
    stepFreeAccess: optionalFlag,
    hearingLoop: optionalFlag,
    accessibilityNotes: optionalText(
      ACCESSIBILITY_NOTES_MAX_LENGTH,
      `Teksten om tilgjengelighet kan ha høyst ${ACCESSIBILITY_NOTES_MAX_LENGTH} tegn.`,
    ),
  },
  { message: 'Ugyldig møtested.' },
) satisfies z.ZodType<VenueData, unknown>;

// One message at a time: an empty name is not also "too short".
const groupNameSchema = z
  .string({ message: 'Navn må fylles ut.' })
  .trim()
  .superRefine((name, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (name === '') issue('Navn må fylles ut.');
    else if (name.length < GROUP_NAME_MIN_LENGTH) issue(`Navnet må ha minst ${GROUP_NAME_MIN_LENGTH} tegn.`);
    else if (name.length > GROUP_NAME_MAX_LENGTH) issue(`Navnet kan ha høyst ${GROUP_NAME_MAX_LENGTH} tegn.`);
  });

const themeIdsSchema = z
  .array(z.string({ message: 'Ugyldig tema.' }).trim(), { message: 'Velg minst ett tema.' })
  .superRefine((ids, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (ids.length === 0) return issue('Velg minst ett tema.');
    const unknown = ids.filter((id) => !isThemeId(id));
    if (unknown.length > 0) issue(`Ukjent tema: ${unknown.join(', ')}.`);
    const repeated = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
    for (const id of repeated) issue(`Temaet «${findTheme(id)?.labels.nb ?? id}» er valgt flere ganger.`);
    if (ids.includes(MIXED_THEME_ID) && new Set(ids).size > 1) {
      issue('På tvers av tema kan ikke kombineres med andre tema.');
    }
  });

const municipalityNumberSchema = z
  .string({ message: 'Kommune må velges.' })
  .trim()
  .min(1, { message: 'Kommune må velges.' })
  .superRefine((number, ctx) => {
    if (number && !findMunicipality(number)) ctx.addIssue({ code: 'custom', message: `Ukjent kommunenummer ${number}.` });
  });

const languagesSchema = z
  .array(z.string({ message: 'Ugyldig språkkode.' }).trim().toLowerCase(), { message: 'Ugyldige språk.' })
  .nullish()
  .superRefine((codes, ctx) => {
    if (codes === null || codes === undefined) return;
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    const unique = [...new Set(codes)];
    if (unique.length === 0) issue('Velg minst ett språk.');
    if (unique.length > MAX_GROUP_LANGUAGES) issue(`Velg høyst ${MAX_GROUP_LANGUAGES} språk.`);
    for (const code of unique) if (!isGroupLanguageCode(code)) issue(`Ukjent språkkode ${code}.`);
  })
  .transform((codes) => (codes ? [...new Set(codes)] : [...DEFAULT_GROUP_LANGUAGES]));

function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

const meetingUrlSchema = optionalText(MEETING_URL_MAX_LENGTH, `Møtelenken kan ha høyst ${MEETING_URL_MAX_LENGTH} tegn.`).refine(
  (value) => value === null || isHttpsUrl(value),
  { message: 'Møtelenken må være en https://-adresse.' },
);

/**
 * The GraphQL `GroupInput` → `GroupData`. Issue paths are the input's field names
 * (`name`, `venue.postalCode`, `schedule.endDate`, …); the district follows from the municipality.
 */
export function makeGroupInputSchema() {
  return z
    .object(
      {
        name: groupNameSchema,
        description: requiredText(
          'Beskrivelse må fylles ut.',
          GROUP_DESCRIPTION_MAX_LENGTH,
          `Beskrivelsen kan ha høyst ${GROUP_DESCRIPTION_MAX_LENGTH} tegn.`,
        ),
        themeIds: themeIdsSchema,
        targetGroup: z.enum(TARGET_GROUPS, { message: 'Velg målgruppe.' }),
        municipalityNumber: municipalityNumberSchema,
        format: z.enum(GROUP_FORMATS, { message: 'Velg om gruppen møtes fysisk, på nett eller hybrid.' }),
        venue: venueInputSchema.nullish(),
        meetingUrl: meetingUrlSchema,
        languages: languagesSchema,
        openForNewMembers: z.boolean({ message: 'Velg om gruppen er åpen for nye medlemmer.' }),
        maxSize: z
          .number({ message: 'Maks antall må være et tall.' })
          .int({ message: 'Maks antall må være et heltall.' })
          .min(GROUP_MIN_SIZE, { message: `Maks antall må være minst ${GROUP_MIN_SIZE}.` })
          .max(GROUP_MAX_SIZE, { message: `Maks antall kan være høyst ${GROUP_MAX_SIZE}.` })
          .nullish()
          .transform((value) => value ?? null),
        schedule: scheduleInputSchema,
      },
      { message: 'Gruppen mangler opplysninger.' },
    )
    .superRefine(
      (input, ctx) => {
        // Runs even when other fields failed, so every mistake shows at once: read defensively.
        const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
        const format = GROUP_FORMATS.includes(input.format) ? input.format : undefined;
        if (format === undefined) return;
        // A venue that failed its own checks is still here (as given), so it counts as given.
        const venueGiven = input.venue !== null && input.venue !== undefined;
        if (format === 'ONLINE' && venueGiven) issue('venue', 'Nettgrupper har ikke møtested.');
        if (format !== 'ONLINE' && !venueGiven) issue('venue', 'Møtested må fylles ut for fysiske og hybride grupper.');
        const urlGiven = typeof input.meetingUrl === 'string' && input.meetingUrl !== '';
        if (format === 'IN_PERSON' && urlGiven) issue('meetingUrl', 'Fysiske grupper har ikke møtelenke.');
        if (format !== 'IN_PERSON' && !urlGiven && !hasIssueUnder(ctx, 'meetingUrl')) {
          issue('meetingUrl', 'Møtelenke må fylles ut for grupper på nett og hybride grupper.');
        }
      },
      { when: isObjectPayload },
    )
    .transform(
      (input): GroupData => ({
        name: input.name,
        description: input.description,
        themeIds: input.themeIds,
        targetGroup: input.targetGroup,
        municipalityNumber: input.municipalityNumber,
        districtId: districtIdOfMunicipality(input.municipalityNumber) as string,
        format: input.format,
        venue: input.format === 'ONLINE' ? null : (input.venue ?? null),
        meetingUrl: input.format === 'IN_PERSON' ? null : input.meetingUrl,
        languages: input.languages,
        openForNewMembers: input.openForNewMembers,
        maxSize: input.maxSize,
        schedule: input.schedule,
      }),
    );
}

function hasIssueUnder(ctx: { issues: readonly { path?: readonly PropertyKey[] | undefined }[] }, field: string): boolean {
  return ctx.issues.some((issue) => issue.path?.[0] === field);
}

export const groupInputSchema = makeGroupInputSchema();

/** What the GraphQL `GroupInput` carries (before validation). */
export type GroupInput = z.input<typeof groupInputSchema>;
