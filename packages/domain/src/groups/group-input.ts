import { z } from 'zod';
import { optionalText, requiredText } from '../input-fields.js';
import type { RefusalParams } from '../messages/refusal.js';
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
  .boolean({ message: 'YES_OR_NO' })
  .nullish()
  .transform((value) => value ?? false);

export const venueInputSchema = z.object(
  {
    name: requiredText('VENUE_NAME_REQUIRED', VENUE_TEXT_MAX_LENGTH, 'VENUE_NAME_TOO_LONG'),
    streetAddress: requiredText('STREET_ADDRESS_REQUIRED', VENUE_TEXT_MAX_LENGTH, 'STREET_ADDRESS_TOO_LONG'),
    postalCode: z
      .string({ message: 'POSTAL_CODE_REQUIRED' })
      .trim()
      .regex(/^\d{4}$/, { message: 'POSTAL_CODE_FORMAT' }),
    postalPlace: requiredText('POSTAL_PLACE_REQUIRED', VENUE_TEXT_MAX_LENGTH, 'POSTAL_PLACE_TOO_LONG'),
    stepFreeAccess: optionalFlag,
    hearingLoop: optionalFlag,
    accessibilityNotes: optionalText(ACCESSIBILITY_NOTES_MAX_LENGTH, 'ACCESSIBILITY_NOTES_TOO_LONG'),
  },
  { message: 'VENUE_INVALID' },
) satisfies z.ZodType<VenueData, unknown>;

// One message at a time: an empty name is not also "too short".
const groupNameSchema = z
  .string({ message: 'NAME_REQUIRED' })
  .trim()
  .superRefine((name, ctx) => {
    const issue = (message: string, params?: RefusalParams) => ctx.addIssue({ code: 'custom', message, params });
    if (name === '') issue('NAME_REQUIRED');
    else if (name.length < GROUP_NAME_MIN_LENGTH) issue('NAME_TOO_SHORT', { minimum: GROUP_NAME_MIN_LENGTH });
    else if (name.length > GROUP_NAME_MAX_LENGTH) issue('NAME_TOO_LONG', { maximum: GROUP_NAME_MAX_LENGTH });
  });

const themeIdsSchema = z
  .array(z.string({ message: 'THEME_INVALID' }).trim(), { message: 'THEME_REQUIRED' })
  .superRefine((ids, ctx) => {
    const issue = (message: string, params?: RefusalParams) => ctx.addIssue({ code: 'custom', message, params });
    if (ids.length === 0) return issue('THEME_REQUIRED');
    const unknown = ids.filter((id) => !isThemeId(id));
    if (unknown.length > 0) issue('THEME_UNKNOWN', { themes: unknown.join(', ') });
    const repeated = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
    // The theme's bokmål name: params are not translated, and the portal shows themes by id.
    for (const id of repeated) issue('THEME_REPEATED', { theme: findTheme(id)?.labels.nb ?? id });
    if (ids.includes(MIXED_THEME_ID) && new Set(ids).size > 1) {
      issue('THEME_MIXED_ALONE');
    }
  });

const municipalityNumberSchema = z
  .string({ message: 'MUNICIPALITY_REQUIRED' })
  .trim()
  .min(1, { message: 'MUNICIPALITY_REQUIRED' })
  .superRefine((number, ctx) => {
    if (number && !findMunicipality(number))
      ctx.addIssue({ code: 'custom', message: 'MUNICIPALITY_NUMBER_UNKNOWN', params: { number } });
  });

const languagesSchema = z
  .array(z.string({ message: 'LANGUAGE_CODE_INVALID' }).trim().toLowerCase(), { message: 'LANGUAGES_INVALID' })
  .nullish()
  .superRefine((codes, ctx) => {
    if (codes === null || codes === undefined) return;
    const issue = (message: string, params?: RefusalParams) => ctx.addIssue({ code: 'custom', message, params });
    const unique = [...new Set(codes)];
    if (unique.length === 0) issue('LANGUAGE_REQUIRED');
    if (unique.length > MAX_GROUP_LANGUAGES) issue('TOO_MANY_LANGUAGES', { maximum: MAX_GROUP_LANGUAGES });
    for (const code of unique) if (!isGroupLanguageCode(code)) issue('LANGUAGE_CODE_UNKNOWN', { code });
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

const meetingUrlSchema = optionalText(MEETING_URL_MAX_LENGTH, 'MEETING_URL_TOO_LONG').refine(
  (value) => value === null || isHttpsUrl(value),
  { message: 'MEETING_URL_HTTPS' },
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
        description: requiredText('DESCRIPTION_REQUIRED', GROUP_DESCRIPTION_MAX_LENGTH, 'DESCRIPTION_TOO_LONG'),
        themeIds: themeIdsSchema,
        targetGroup: z.enum(TARGET_GROUPS, { message: 'TARGET_GROUP_REQUIRED' }),
        municipalityNumber: municipalityNumberSchema,
        format: z.enum(GROUP_FORMATS, { message: 'GROUP_FORMAT_REQUIRED' }),
        venue: venueInputSchema.nullish(),
        meetingUrl: meetingUrlSchema,
        languages: languagesSchema,
        openForNewMembers: z.boolean({ message: 'OPEN_FOR_NEW_MEMBERS_REQUIRED' }),
        maxSize: z
          .number({ message: 'MAX_SIZE_NUMBER' })
          .int({ message: 'MAX_SIZE_INTEGER' })
          .min(GROUP_MIN_SIZE, { message: 'MAX_SIZE_TOO_SMALL' })
          .max(GROUP_MAX_SIZE, { message: 'MAX_SIZE_TOO_BIG' })
          .nullish()
          .transform((value) => value ?? null),
        schedule: scheduleInputSchema,
      },
      { message: 'GROUP_INCOMPLETE' },
    )
    .superRefine(
      (input, ctx) => {
        // Runs even when other fields failed, so every mistake shows at once: read defensively.
        const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
        const format = GROUP_FORMATS.includes(input.format) ? input.format : undefined;
        if (format === undefined) return;
        // A venue that failed its own checks is still here (as given), so it counts as given.
        const venueGiven = input.venue !== null && input.venue !== undefined;
        if (format === 'ONLINE' && venueGiven) issue('venue', 'ONLINE_GROUP_HAS_NO_VENUE');
        if (format !== 'ONLINE' && !venueGiven) issue('venue', 'VENUE_REQUIRED');
        const urlGiven = typeof input.meetingUrl === 'string' && input.meetingUrl !== '';
        if (format === 'IN_PERSON' && urlGiven) issue('meetingUrl', 'IN_PERSON_GROUP_HAS_NO_MEETING_URL');
        if (format !== 'IN_PERSON' && !urlGiven && !hasIssueUnder(ctx, 'meetingUrl')) {
          issue('meetingUrl', 'MEETING_URL_REQUIRED');
        }
      },
      { when: isObjectPayload },
    )
    .transform((input): GroupData => ({
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
    }));
}

function hasIssueUnder(
  ctx: { issues: readonly { path?: readonly PropertyKey[] | undefined }[] },
  field: string,
): boolean {
  return ctx.issues.some((issue) => issue.path?.[0] === field);
}

export const groupInputSchema = makeGroupInputSchema();

/** What the GraphQL `GroupInput` carries (before validation). */
export type GroupInput = z.input<typeof groupInputSchema>;
