import { Prisma } from '../../generated/prisma/client.js';
import { InvalidCursorError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { isUuid, timestampSql } from '../../sql/client.js';
import { readCursor } from '../../sql/cursor.js';
import { pageOf } from '../../sql/lists.js';
import type { AccessLogJson } from './records.js';
import { accessLogRecordFromJson } from './records.js';
import type { AccessLogEntryRecord, AccessLogPage } from './types.js';

/*
 * The log's lists, newest first, as one statement each: the total and first + 1 rows from the
 * cursor on, where the cursor is a row comparison `(occurred_at, id) < (…)` that PostgreSQL turns
 * into a range of the (…, occurred_at, id) index.
 */

interface AccessLogCursor {
  occurredAt: string;
  id: string;
}

function encodeCursor(entry: AccessLogEntryRecord): string {
  return Buffer.from(JSON.stringify([entry.occurredAt.toISOString(), entry.id])).toString('base64url');
}

export function decodeAccessLogCursor(cursor: string): AccessLogCursor {
  const decoded = readCursor(cursor);
  if (decoded.length === 2) {
    const [occurredAt, id] = decoded;
    if (
      typeof occurredAt === 'string' &&
      typeof id === 'string' &&
      isUuid(id) &&
      !Number.isNaN(Date.parse(occurredAt)) &&
      new Date(occurredAt).toISOString() === occurredAt
    ) {
      return { occurredAt, id };
    }
  }
  throw new InvalidCursorError();
}

interface Row {
  total: number;
  a: AccessLogJson | string | null;
}

const json = <T>(value: T | string | null): T | null => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/** One page of `access_log a` rows matching `where`, newest first. */
export async function listAccessLog(
  client: DbClient,
  where: Prisma.Sql,
  first: number,
  after: string | null | undefined,
): Promise<AccessLogPage> {
  const cursor = after ? decodeAccessLogCursor(after) : null;
  const afterCursor = cursor
    ? Prisma.sql`AND (a.occurred_at, a.id) < (${cursor.occurredAt}::timestamptz, ${cursor.id}::uuid)`
    : Prisma.empty;
  const rows = await client.$queryRaw<Row[]>(Prisma.sql`
    WITH counts AS (
      SELECT count(*)::int AS total FROM access_log a WHERE ${where}
    ), page AS (
      SELECT a AS row, a.occurred_at, a.id
      FROM access_log a
      WHERE ${where} ${afterCursor}
      ORDER BY a.occurred_at DESC, a.id DESC
      LIMIT ${first + 1}
    )
    SELECT counts.total, to_jsonb(page.row) AS a
    FROM counts LEFT JOIN page ON TRUE
    ORDER BY page.occurred_at DESC, page.id DESC
  `);
  const entries = rows.flatMap((row) => {
    const entry = json(row.a);
    return entry ? [entry] : [];
  });
  return pageOf(entries, first, rows[0]?.total ?? 0, accessLogRecordFromJson, encodeCursor);
}

/** `occurred_at` in [from, until). */
export function rangeSql(from: Date, until: Date): Prisma.Sql {
  return Prisma.sql`a.occurred_at >= ${timestampSql(from)} AND a.occurred_at < ${timestampSql(until)}`;
}
