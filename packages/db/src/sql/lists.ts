import { isUuid } from '@selvhjelp/domain';

/*
 * Helpers every list query shares: LIKE escaping, batch ids for loaders, and the keyset page
 * (first + 1 rows read, so the extra row tells whether another page follows).
 */

export function escapeLike(text: string): string {
  // Prisma passes `contains` to ILIKE unescaped: "100%" would also find "1000".
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Distinct valid uuids: a malformed id matches nothing (and Postgres would refuse it). */
export function wantedIds(ids: readonly string[]): string[] {
  return [...new Set(ids.filter(isUuid))];
}

/** A map with an entry (empty when nothing matched) for every requested id. */
export function groupedBy<T>(ids: readonly string[], rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return map;
}

/** One page of a keyset-paginated list; totalCount counts the whole filtered set. */
export interface Page<T> {
  nodes: T[];
  /** One opaque cursor per node, for Relay edges. */
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export function assertPageSize(first: number, max: number): void {
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw new RangeError(`first must be an integer from 0 to ${max}, got ${first}.`);
  }
}

/** `rows` were read with `take: first + 1`. */
export function pageOf<Row, T>(
  rows: readonly Row[],
  first: number,
  totalCount: number,
  toRecord: (row: Row) => T,
  encodeCursor: (node: T) => string,
): Page<T> {
  const nodes = rows.slice(0, first).map((row) => toRecord(row));
  const cursors = nodes.map((node) => encodeCursor(node));
  return { nodes, cursors, totalCount, hasNextPage: rows.length > first, endCursor: cursors.at(-1) ?? null };
}
