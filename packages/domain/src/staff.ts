import { z } from 'zod';
import { DISTRICT_IDS } from './reference/districts.js';
import { isDistrictRole, roleSchema } from './roles.js';

/** Passwords: at least 10 characters; long passphrases welcome (bounded to keep hashing cheap to refuse). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export const emailSchema = z
  .string()
  .trim()
  .max(254, { message: 'E-postadressen er for lang.' })
  .pipe(z.email({ message: 'Ugyldig e-postadresse.' }))
  .transform((email) => email.toLowerCase());

export const personNameSchema = z
  .string()
  .trim()
  .min(1, { message: 'Navn må fylles ut.' })
  .max(200, { message: 'Navnet er for langt.' });

export const createStaffUserSchema = z
  .object({
    email: emailSchema,
    name: personNameSchema,
    role: roleSchema,
    districtId: z.enum(DISTRICT_IDS).nullish(),
  })
  .superRefine((input, ctx) => {
    if (isDistrictRole(input.role) && !input.districtId) {
      ctx.addIssue({ code: 'custom', path: ['districtId'], message: 'Distriktsroller må ha et distrikt.' });
    }
    if (!isDistrictRole(input.role) && input.districtId) {
      ctx.addIssue({ code: 'custom', path: ['districtId'], message: 'Nasjonale roller har ikke distrikt.' });
    }
  });

export type CreateStaffUserInput = z.infer<typeof createStaffUserSchema>;
