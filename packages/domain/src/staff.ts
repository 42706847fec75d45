import { z } from 'zod';
import { isObjectPayload } from './groups/schedule-input.js';
import { DISTRICT_IDS } from './reference/districts.js';
import { isDistrictRole, roleSchema } from './roles.js';

/** Passwords: at least 10 characters; long passphrases welcome (bounded to keep hashing cheap to refuse). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export const emailSchema = z
  .string()
  .trim()
  .max(254, { message: 'EMAIL_TOO_LONG' })
  .pipe(z.email({ message: 'INVALID_EMAIL' }))
  .transform((email) => email.toLowerCase());

export const personNameSchema = z
  .string()
  .trim()
  .min(1, { message: 'NAME_REQUIRED' })
  .max(200, { message: 'STAFF_NAME_TOO_LONG' });

export const createStaffUserSchema = z
  .object({
    email: emailSchema,
    name: personNameSchema,
    role: roleSchema,
    districtId: z.enum(DISTRICT_IDS).nullish(),
  })
  .superRefine(
    (input, ctx) => {
      // Runs even when other fields failed (every mistake at once), so only with a role we know.
      if (!roleSchema.safeParse(input.role).success) return;
      if (isDistrictRole(input.role) && !input.districtId) {
        ctx.addIssue({ code: 'custom', path: ['districtId'], message: 'DISTRICT_ROLE_NEEDS_DISTRICT' });
      }
      if (!isDistrictRole(input.role) && input.districtId) {
        ctx.addIssue({ code: 'custom', path: ['districtId'], message: 'NATIONAL_ROLE_HAS_NO_DISTRICT' });
      }
    },
    { when: isObjectPayload },
  );

export type CreateStaffUserInput = z.infer<typeof createStaffUserSchema>;
