import type { ActivityType, Scope } from '@selvhjelp/domain';
import { ACTIVITY_TYPES, DISTRICTS } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import type { DbClient } from '../../sql/client.js';
import type { ActivityListFilter, ActivityTotalRow, ActivityTotalsRecord } from './types.js';
import { activityFilterSql } from './queries.js';

/*
 * Totals of the activity log, in SQL over the list's filter: one statement for activities and
 * participants, one for the groups started, each grouped by type, by district and overall
 * (GROUPING SETS). A group linked to two activities counts once in each total it falls in.
 */

interface TotalsRow {
  district_id: string | null;
  type: string | null;
  /** 1 where the row sums over every district (GROUPING()). */
  all_districts: number;
  all_types: number;
  count: number;
  participants: number;
}

export async function activityTotals(
  client: DbClient,
  scope: Scope,
  filter: ActivityListFilter,
): Promise<ActivityTotalsRecord> {
  const where = activityFilterSql(scope, filter);
  const [activityRows, groupRows] = await Promise.all([
    client.$queryRaw<TotalsRow[]>(Prisma.sql`
      SELECT a.district_id, a.type::text AS type,
             GROUPING(a.district_id)::int AS all_districts, GROUPING(a.type)::int AS all_types,
             COUNT(*)::int AS count, COALESCE(SUM(a.participant_count), 0)::int AS participants
      FROM outreach_activity a
      WHERE ${where}
      GROUP BY GROUPING SETS ((a.district_id), (a.type), ())`),
    client.$queryRaw<TotalsRow[]>(Prisma.sql`
      SELECT a.district_id, a.type::text AS type,
             GROUPING(a.district_id)::int AS all_districts, GROUPING(a.type)::int AS all_types,
             COUNT(DISTINCT o.group_id)::int AS count, 0 AS participants
      FROM activity_outcome o
      JOIN outreach_activity a ON a.id = o.activity_id
      WHERE o.kind = 'GROUP_STARTED' AND ${where}
      GROUP BY GROUPING SETS ((a.district_id), (a.type), ())`),
  ]);
  const key = (row: TotalsRow) =>
    row.all_districts && row.all_types ? '*' : row.all_types ? `d:${row.district_id}` : `t:${row.type}`;
  const activities = new Map(activityRows.map((row) => [key(row), row]));
  const groups = new Map(groupRows.map((row) => [key(row), Number(row.count)]));
  const totalOf = (id: string): ActivityTotalRow => ({
    activities: Number(activities.get(id)?.count ?? 0),
    participants: Number(activities.get(id)?.participants ?? 0),
    groupsStarted: groups.get(id) ?? 0,
  });
  return {
    ...totalOf('*'),
    byType: ACTIVITY_TYPES.map((type: ActivityType) => ({ type, ...totalOf(`t:${type}`) })),
    byDistrict: DISTRICTS.filter((district) => activities.has(`d:${district.id}`)).map((district) => ({
      districtId: district.id,
      ...totalOf(`d:${district.id}`),
    })),
  };
}
