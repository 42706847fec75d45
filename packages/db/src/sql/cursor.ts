import { InvalidCursorError } from '../errors.js';

// Text PostgreSQL refuses (NUL) or that no name of ours contains; a cursor holding it was not ours.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F]|[\uD800-\uDFFF]/;

/**
 * The JSON array inside a keyset cursor (base64url), for the list's decoder to check its shape.
 * Anything else — not base64, not JSON, not an array, text with control characters — is an
 * InvalidCursorError, which the API answers as BAD_USER_INPUT on `after`.
 */
export function readCursor(cursor: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(value) || value.some((part) => typeof part === 'string' && CONTROL.test(part)))
    throw new InvalidCursorError();
  return value;
}

/**
 * Rows strictly after a keyset cursor (value, id) of a `(field, id)` ordering, for lists read
 * through Prisma, which cannot express the row comparison `(field, id) > (value, id)` that the
 * raw group lists use. The redundant `field >= value` is what lets PostgreSQL start an index
 * range (`district_id = … AND field >= value` on a (district_id, field, id) index) at the
 * cursor; only the rows that tie on `field` are then filtered by id. Written as
 * `field > value OR (field = value AND id > id)` alone it is a filter over every earlier row.
 * For non-null sort keys only.
 */
export function keysetAfter<Where>(field: string, value: unknown, id: string, direction: 'asc' | 'desc'): Where {
  const [from, beyond] = direction === 'asc' ? (['gte', 'gt'] as const) : (['lte', 'lt'] as const);
  return {
    AND: [{ [field]: { [from]: value } }, { OR: [{ [field]: { [beyond]: value } }, { id: { [beyond]: id } }] }],
  } as Where;
}
