import { z } from 'zod';
import { isUuid, requiredText } from '../input-fields.js';
import { DISTRICT_IDS } from '../reference/districts.js';
import type { DistrictId } from '../reference/districts.js';
import { organisationNumberSchema } from '../partners/partner-input.js';
import { emailSchema, personNameSchema } from '../staff.js';
import type { ApiScope } from './scopes.js';
import { API_SCOPES } from './scopes.js';
import { MAX_ROTATION_OVERLAP_DAYS } from './rules.js';

export const API_CLIENT_NAME_MAX_LENGTH = 200;

/** What staff give when they register or change an API client. */
export interface ApiClientData {
  name: string;
  contactName: string;
  contactEmail: string;
  partnerId: string | null;
  /** Nine digits, mod-11 checked; how an OAuth2 access token finds the client (decision 0035). */
  organisationNumber: string | null;
  scopes: ApiScope[];
  districtIds: DistrictId[];
  expiresAt: Date | null;
}

const sortedUnique = <T extends string>(values: readonly T[]) => [...new Set(values)].sort();

/**
 * The GraphQL `ApiClientInput` → `ApiClientData`. Expiry in the past is a rule checked with the
 * request's clock (`apiClientExpiryRefusal`), not here.
 */
export const apiClientInputSchema = z.object(
  {
    name: requiredText('NAME_REQUIRED', API_CLIENT_NAME_MAX_LENGTH, 'NAME_TOO_LONG'),
    contactName: personNameSchema,
    contactEmail: emailSchema,
    partnerId: z.preprocess(
      (value) => (value === '' || value === undefined ? null : value),
      z.string({ message: 'UNKNOWN_PARTNER' }).refine(isUuid, { message: 'UNKNOWN_PARTNER' }).nullable(),
    ),
    // Optional in the input: clients registered before decision 0035 and by older forms have none.
    organisationNumber: organisationNumberSchema.transform((value) => value ?? null),
    scopes: z
      .array(z.enum(API_SCOPES, { message: 'API_SCOPE_UNKNOWN' }), { message: 'API_SCOPES_REQUIRED' })
      .min(1, { message: 'API_SCOPES_REQUIRED' })
      .transform(sortedUnique),
    districtIds: z
      .array(z.enum(DISTRICT_IDS, { message: 'UNKNOWN_DISTRICT' }), { message: 'API_DISTRICTS_REQUIRED' })
      .min(1, { message: 'API_DISTRICTS_REQUIRED' })
      .transform(sortedUnique),
    expiresAt: z
      .date({ message: 'API_CLIENT_EXPIRY_INVALID' })
      .nullish()
      .transform((value) => value ?? null),
  },
  { message: 'API_CLIENT_INCOMPLETE' },
) satisfies z.ZodType<ApiClientData, unknown>;

export type ApiClientInput = z.input<typeof apiClientInputSchema>;

export const rotationOverlapDaysSchema = z
  .number({ message: 'API_ROTATION_OVERLAP_RANGE' })
  .int({ message: 'API_ROTATION_OVERLAP_RANGE' })
  .min(0, { message: 'API_ROTATION_OVERLAP_RANGE' })
  .max(MAX_ROTATION_OVERLAP_DAYS, { message: 'API_ROTATION_OVERLAP_RANGE' });

/** An expiry must lie ahead when it is set (or changed). */
export function apiClientExpiryRefusal(expiresAt: Date | null, now: Date): { reason: string; field: string } | null {
  if (expiresAt && expiresAt.getTime() <= now.getTime())
    return { reason: 'API_CLIENT_EXPIRY_PAST', field: 'expiresAt' };
  return null;
}
