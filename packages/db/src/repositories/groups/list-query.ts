import type { GroupStatus } from '@selvhjelp/domain';
import { GROUP_STATUSES } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import type { SqlExecutor } from '../../sql/executor.js';
import type { GroupCursor } from './queries.js';
import { afterCursorSql, orderSql, sortColumnSql } from './queries.js';
import type { GroupJson, GroupSummaryValues, VenueJson } from './records.js';
import { GROUP_SUMMARY_COLUMNS, groupRecordFromJson, groupSummaryFromValues } from './records.js';
import type { GroupListOrder, GroupProjection, GroupProjections, GroupStatusCount } from './types.js';

/*
 * The group lists as one SQL statement each. Through Prisma a staff page was three statements
 * (page, count, status counts) that read the same rows three times, and Prisma's own cost per
 * statement was most of the request's time. Here:
 *   - `counts` reads the filtered rows once: the total (with the status filter) and, for the
 *     staff list, the count per status (without it) as FILTER aggregates; where the filter is
 *     only district, status and openness, it sums the kept counts of group_status_total instead;
 *   - `page` reads first + 1 rows along the ordering's index from the cursor on (a row
 *     comparison, see afterCursorSql), the venue joined;
 *   - a name search instead reads its matches once, for both (`matches`: id, status and sort
 *     value only), and the page's rows by id;
 *   - `projection` says how much of the page's rows it returns: whole rows with their venue
 *     (`record`), or only GROUP_SUMMARY_COLUMNS, without the venue (`summary`, the staff list's
 *     columns: decision 0043);
 *   - it runs as a named prepared statement on PostgreSQL, except a name search (decision 0041);
 *   - it answers one row: the counts, and the page as one json array (json_agg), which the
 *     drivers parse once, rather than a row per group that repeats the counts (decision 0044);
 *   - the page comes back as json, whose text form of dates and instants is ISO 8601 whatever the
 *     session's DateStyle, and which both adapters and both drivers hand over the same way
 *     (the statement runs on the driver outside a transaction: sql/executor.ts). json, not
 *     jsonb: PostgreSQL writes json straight as text, where jsonb is built as a tree, its keys
 *     sorted, then written out: for a page of 21 public groups the statement took 0.6–0.8 ms
 *     instead of 0.9–1.2 ms on the server (its statement log; decision 0015).
 */

export interface ListQuery<P extends GroupProjection = GroupProjection> {
  /** Scope and filters, over `self_help_group g`, except the status filter. */
  where: Prisma.Sql;
  /** The status filter (TRUE when none); the per-status counts ignore it. */
  statusWhere: Prisma.Sql;
  order: GroupListOrder;
  /** Rows to read (page size + 1, or a feed's limit). */
  limit: number;
  cursor: GroupCursor | null;
  statusCounts: boolean;
  /**
   * The filter (`where` and `statusWhere`) reads only district_id, status and
   * open_for_new_members: the counts then come from group_status_total, which triggers keep
   * (decision 0041), rather than from counting the rows, whose number grows with the registry.
   */
  countsFromTotals: boolean;
  /**
   * A name search: the matches are read once (trigram index) and the page sorted from them,
   * rather than along the ordering's index, where the planner may walk the name index from the
   * start, filtering thousands of names that sort before the matches ("Sorg…" after "A…").
   */
  search: boolean;
  projection: P;
}

export interface ListResult<T> {
  rows: T[];
  totalCount: number;
  /** All five, zeros included; empty unless asked for. */
  statusCounts: GroupStatusCount[];
}

interface Row extends Partial<Record<GroupStatus, number>> {
  total: number;
  /** The page: summaries' values, or [row, venue] pairs; NULL when empty. */
  page: GroupSummaryValues[] | [GroupJson, VenueJson | null][] | string | null;
}

const parsed = <T>(value: T | string | null): T | null =>
  typeof value === 'string' ? (JSON.parse(value) as T) : value;

export async function listGroups<P extends GroupProjection>(
  sql: SqlExecutor,
  query: ListQuery<P>,
): Promise<ListResult<GroupProjections[P]>> {
  const totals = query.countsFromTotals && !query.search;
  const count = (condition: Prisma.Sql) =>
    totals
      ? Prisma.sql`COALESCE(sum(g.group_count) FILTER (WHERE ${condition}), 0)::int`
      : Prisma.sql`count(*) FILTER (WHERE ${condition})::int`;
  const perStatus = query.statusCounts
    ? Prisma.sql`, ${Prisma.join(
        GROUP_STATUSES.map(
          (status) =>
            Prisma.sql`${count(Prisma.sql`g.status = ${status}::"GroupStatus"`)} AS ${Prisma.raw(`"${status}"`)}`,
        ),
      )}`
    : Prisma.empty;
  const cursor = query.cursor ? Prisma.sql`AND ${afterCursorSql(query.order, query.cursor)}` : Prisma.empty;
  // A name search reads its matches once (trigram index), for the counts and the page alike,
  // keeping only what those need (id, status, sort value: not the whole row of every match); the
  // page's rows are then read by id. Otherwise the page walks the ordering's index and the
  // counts read the filtered rows.
  const sort = sortColumnSql(query.order);
  const matches = query.search
    ? Prisma.sql`matches AS MATERIALIZED (
        SELECT g.id, g.status ${query.order.field === 'STATUS' ? Prisma.empty : Prisma.sql`, ${sort}`}
        FROM self_help_group g WHERE ${query.where}
      ),`
    : Prisma.empty;
  const source = query.search ? Prisma.sql`matches g` : Prisma.sql`self_help_group g`;
  const where = query.search ? Prisma.sql`TRUE` : query.where;
  const summary = query.projection === 'summary';
  // The page's rows: read again by id after a search (`r`), else carried by `page`.
  const [record, venueId] = query.search
    ? [Prisma.sql`r`, Prisma.sql`r.venue_id`]
    : [Prisma.sql`page.row`, Prisma.sql`page.venue_id`];
  const carried = query.search
    ? Prisma.empty
    : summary
      ? Prisma.raw(`${GROUP_SUMMARY_COLUMNS.map((column) => `g.${column} AS s_${column}`).join(', ')},`)
      : Prisma.sql`g AS row, g.venue_id,`;
  // A page's group: the summary's values in GROUP_SUMMARY_COLUMNS' order, whichever relation
  // they come from, or the whole row and its venue.
  const item = summary
    ? Prisma.raw(
        `json_build_array(${GROUP_SUMMARY_COLUMNS.map((column) => (query.search ? `r.${column}` : `page.s_${column}`)).join(', ')})`,
      )
    : Prisma.sql`json_build_array(to_json(${record}), to_json(v))`;
  const statement = Prisma.sql`
    WITH ${matches} counts AS (
      SELECT ${count(query.statusWhere)} AS total ${perStatus}
      FROM ${totals ? Prisma.sql`group_status_total g` : source}
      WHERE ${where}
    ), page AS (
      SELECT ${carried} g.id, ${sort} AS sort
      FROM ${source}
      WHERE ${where} AND ${query.statusWhere} ${cursor}
      ORDER BY ${orderSql(query.order)}
      LIMIT ${query.limit}
    )
    -- One row: the counts, and the page as one json array in its order (NULL when empty); json
    -- and the venue for the page's rows only, not for every match a sort went through.
    SELECT counts.*, (
      SELECT json_agg(${item} ORDER BY ${orderSql(query.order, { sort: 'page.sort', id: 'page.id' })})
      FROM page
        ${query.search ? Prisma.sql`JOIN self_help_group r ON r.id = page.id` : Prisma.empty}
        ${summary ? Prisma.empty : Prisma.sql`LEFT JOIN venue v ON v.id = ${venueId}`}
    ) AS page
    FROM counts
  `;
  // Prepared, but not a name search: a generic plan would not see the pattern (sql/prepared.ts).
  const [row] = await sql.query<Row>(statement, { prepare: !query.search });
  const page = parsed(row?.page ?? null) ?? [];
  return {
    rows: summary
      ? (page as GroupSummaryValues[]).map((values) => groupSummaryFromValues(values) as GroupProjections[P])
      : (page as [GroupJson, VenueJson | null][]).map(
          ([group, venue]) => groupRecordFromJson(group, venue) as GroupProjections[P],
        ),
    totalCount: row?.total ?? 0,
    statusCounts: query.statusCounts ? GROUP_STATUSES.map((status) => ({ status, count: row?.[status] ?? 0 })) : [],
  };
}
