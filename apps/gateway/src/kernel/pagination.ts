import { badUserInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/** Page sizes are capped so that no single query can ask for the whole table. */
export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(field, 'PAGE_SIZE_RANGE', { maximum: MAX_PAGE_SIZE });
  }
  return first;
}
