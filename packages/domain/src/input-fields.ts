import { z } from 'zod';

/** The shape of a record id (uuid, any case). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** Required free text: trimmed, not empty, limited length. */
export function requiredText(missing: string, max: number, tooLong: string) {
  return z.string({ message: missing }).trim().min(1, { message: missing }).max(max, { message: tooLong });
}

/** Optional free text: trimmed, empty → null, limited length. */
export function optionalText(max: number, tooLong: string) {
  return z
    .string()
    .trim()
    .max(max, { message: tooLong })
    .nullish()
    .transform((value) => (value ? value : null));
}
