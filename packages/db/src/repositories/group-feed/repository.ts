import type { Scope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { InvalidCursorError } from '../../errors.js';
import { readCursor } from '../../sql/cursor.js';
import type { SqlExecutor } from '../../sql/executor.js';
import { assertPageSize } from '../../sql/lists.js';
import type { GroupFeedEntryRecord, GroupFeedPage } from './types.js';
import { MAX_GROUP_FEED_PAGE_SIZE } from './types.js';

interface FeedRow {
  xid: string;
  seq: string;
  group_id: string;
  removed: boolean;
  changed_at: string;
}

const DIGITS = /^\d{1,19}$/;

/** A feed position: the writing transaction's id and the entry's sequence, both as text (int8). */
export function encodeGroupFeedCursor(entry: { xid: string; seq: string }): string {
  return Buffer.from(JSON.stringify(['gf', entry.xid, entry.seq])).toString('base64url');
}

export function decodeGroupFeedCursor(cursor: string): { xid: string; seq: string } {
  const [tag, xid, seq, ...rest] = readCursor(cursor);
  if (tag !== 'gf' || rest.length > 0 || typeof xid !== 'string' || typeof seq !== 'string')
    throw new InvalidCursorError();
  if (!DIGITS.test(xid) || !DIGITS.test(seq)) throw new InvalidCursorError();
  return { xid, seq };
}

/**
 * The groups change feed (decision 0036): what triggers on `self_help_group` recorded, per
 * district, for partners that keep a copy. Read in the order (writing transaction, sequence) and
 * only as far as every transaction that could still add an entry: `xid` below the snapshot's
 * xmin. A transaction that commits late has an xid at or above every xmin handed out before it
 * ended, so its entries come after any cursor given earlier instead of behind it.
 */
export class GroupFeedRepository {
  constructor(private readonly sql: SqlExecutor) {}

  /** One statement per page; `first` entries at most. National scope reads every district's entries. */
  async page(scope: Scope, options: { first: number; after?: string | null }): Promise<GroupFeedPage> {
    assertPageSize(options.first, MAX_GROUP_FEED_PAGE_SIZE);
    const after = options.after ? decodeGroupFeedCursor(options.after) : null;
    const district = scope.kind === 'district' ? Prisma.sql`AND district_id = ${scope.districtId}` : Prisma.empty;
    const from = after ? Prisma.sql`AND (xid, seq) > (${after.xid}::bigint, ${after.seq}::bigint)` : Prisma.empty;
    const rows = await this.sql.query<FeedRow>(Prisma.sql`
      SELECT xid::text AS xid, seq::text AS seq, group_id, removed, to_jsonb(changed_at) AS changed_at
      FROM group_feed_entry
      WHERE xid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint ${district} ${from}
      ORDER BY xid, seq
      LIMIT ${options.first + 1}`);
    const entries: GroupFeedEntryRecord[] = rows.slice(0, options.first).map((row) => ({
      cursor: encodeGroupFeedCursor(row),
      groupId: row.group_id,
      removed: row.removed,
      changedAt: new Date(row.changed_at),
    }));
    return { entries, hasNextPage: rows.length > options.first };
  }
}
