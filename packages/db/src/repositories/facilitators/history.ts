import type { Scope } from '@selvhjelp/domain';
import type { DbClient } from '../../sql/client.js';
import { isUuid } from '../../sql/client.js';
import { facilitatorScopeWhere } from './queries.js';
import type { FacilitatorAssignmentRecord, TrainingHistoryRecord, ActivityCounts } from './types.js';
import { toAssignmentRecord } from './records.js';
import { isoFromDate, optionalIsoFromDate } from '../../sql/dates.js';
import { groupScopeWhere } from '../groups/queries.js';

/*
 * Facilitator history batched for DataLoaders: a fixed number of queries for any number of ids,
 * the scope applied through a join. Every requested id gets an entry, empty when not visible.
 */

function wanted(ids: readonly string[]): string[] {
  return [...new Set(ids.filter(isUuid))];
}

function grouped<T>(ids: readonly string[], rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return map;
}

/** Newest first. */
export async function assignmentsFor(
  client: DbClient,
  scope: Scope,
  facilitatorIds: readonly string[],
): Promise<Map<string, FacilitatorAssignmentRecord[]>> {
  const ids = wanted(facilitatorIds);
  const rows = ids.length
    ? await client.facilitatorAssignment.findMany({
        where: { facilitatorId: { in: ids }, facilitator: facilitatorScopeWhere(scope) },
        orderBy: [{ fromDate: 'desc' }, { createdAt: 'desc' }],
      })
    : [];
  return grouped(facilitatorIds, rows.map(toAssignmentRecord), (row) => row.facilitatorId);
}

/** Newest first. */
export async function assignmentsForGroups(
  client: DbClient,
  scope: Scope,
  groupIds: readonly string[],
): Promise<Map<string, FacilitatorAssignmentRecord[]>> {
  const ids = wanted(groupIds);
  const rows = ids.length
    ? await client.facilitatorAssignment.findMany({
        where: { groupId: { in: ids }, group: groupScopeWhere(scope) },
        orderBy: [{ fromDate: 'desc' }, { createdAt: 'desc' }],
      })
    : [];
  return grouped(groupIds, rows.map(toAssignmentRecord), (row) => row.groupId);
}

/** Courses per facilitator, newest first: two queries. */
export async function trainingHistoryFor(
  client: DbClient,
  scope: Scope,
  facilitatorIds: readonly string[],
): Promise<Map<string, TrainingHistoryRecord[]>> {
  const ids = wanted(facilitatorIds);
  if (ids.length === 0) return grouped(facilitatorIds, [], () => '');
  const where = { facilitatorId: { in: ids }, facilitator: facilitatorScopeWhere(scope) };
  const [enrolments, completions] = await Promise.all([
    client.enrolment.findMany({
      where,
      include: {
        course: { select: { type: true, title: true, status: true, startsOn: true } },
        _count: { select: { attendances: { where: { present: true } } } },
      },
      orderBy: [{ course: { startsOn: 'desc' } }, { courseId: 'asc' }],
    }),
    client.courseCompletion.findMany({ where, select: { courseId: true, facilitatorId: true, completedOn: true } }),
  ]);
  const completedOn = new Map(completions.map((row) => [`${row.courseId}/${row.facilitatorId}`, row.completedOn]));
  const records = enrolments.map((row): TrainingHistoryRecord => ({
    enrolmentId: row.id,
    facilitatorId: row.facilitatorId,
    courseId: row.courseId,
    courseType: row.course.type,
    courseTitle: row.course.title,
    courseStatus: row.course.status,
    startsOn: isoFromDate(row.course.startsOn),
    enrolmentStatus: row.status,
    sessionsAttended: row._count.attendances,
    completedOn: optionalIsoFromDate(completedOn.get(`${row.courseId}/${row.facilitatorId}`) ?? null),
  }));
  return grouped(facilitatorIds, records, (row) => row.facilitatorId);
}

/** One query; zeros for ids that are not visible. */
export async function activityCountsFor(
  client: DbClient,
  scope: Scope,
  facilitatorIds: readonly string[],
): Promise<Map<string, ActivityCounts>> {
  const ids = wanted(facilitatorIds);
  const rows = ids.length
    ? await client.facilitator.findMany({
        where: { id: { in: ids }, ...facilitatorScopeWhere(scope) },
        select: {
          id: true,
          _count: {
            select: { completions: true, assignments: true, enrolments: { where: { status: { not: 'CANCELLED' } } } },
          },
        },
      })
    : [];
  const byId = new Map(rows.map((row) => [row.id, row._count]));
  return new Map(
    facilitatorIds.map((id) => {
      const counts = byId.get(id);
      return [
        id,
        {
          coursesCompleted: counts?.completions ?? 0,
          coursesEnrolled: counts?.enrolments ?? 0,
          groupsHelped: counts?.assignments ?? 0,
        },
      ];
    }),
  );
}
