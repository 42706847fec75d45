import type { z } from 'zod';
import { optionalText, requiredText } from '../input-fields.js';
import { findNationalIdNumbers } from './national-id-number.js';

/**
 * The refinement every free-text field of inquiries, cases, notes and peers runs: a text with a
 * national identity number is refused with NATIONAL_ID_NUMBER (params: how many were found,
 * never the digits).
 */
export function refuseNationalIdNumber(value: string | null | undefined, ctx: z.RefinementCtx): void {
  if (typeof value !== 'string' || value === '') return;
  const count = findNationalIdNumbers(value).length;
  if (count > 0) ctx.addIssue({ code: 'custom', message: 'NATIONAL_ID_NUMBER', params: { count } });
}

/** Required free text about a person: trimmed, not empty, limited, without an identity number. */
export function requiredPersonText(missing: string, max: number, tooLong: string) {
  return requiredText(missing, max, tooLong).superRefine(refuseNationalIdNumber);
}

/** Optional free text about a person: trimmed, empty → null, limited, without an identity number. */
export function optionalPersonText(max: number, tooLong: string) {
  return optionalText(max, tooLong).superRefine(refuseNationalIdNumber);
}
