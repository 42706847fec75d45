import type { IsoDate, Scope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { districtScopeSql } from '../../sql/client.js';
import type { SqlExecutor } from '../../sql/executor.js';
import type { AgendaDays, AgendaRegistryLists } from './types.js';

/** The most entries a short list hands out; the counts are of the whole list. */
export const AGENDA_MAX_FIRST = 20;

interface Row {
  lists: AgendaRegistryLists;
}

const day = (date: IsoDate) => Prisma.sql`${date}::date`;

/**
 * What needs doing first in a district, for its home page. The registries' short lists (groups,
 * course sessions, activities) are ids and counts from one statement: each list counts its rows
 * with the same conditions it takes its first rows by, so the count and the list agree. The
 * records themselves are then loaded by their services (read path); the personal lists (cases,
 * peers, facilitators) are their own repositories' due lists.
 */
export class AgendaRepository {
  constructor(private readonly sql: SqlExecutor) {}

  async registryLists(scope: Scope, districtId: string, days: AgendaDays, first: number): Promise<AgendaRegistryLists> {
    if (!Number.isInteger(first) || first < 0 || first > AGENDA_MAX_FIRST)
      throw new RangeError(`first must be 0–${AGENDA_MAX_FIRST}.`);
    const inGroups = Prisma.sql`${districtScopeSql(scope, 'g.district_id')} AND g.district_id = ${districtId}`;
    const inCourses = Prisma.sql`${districtScopeSql(scope, 'c.district_id')} AND c.district_id = ${districtId}`;
    const inActivities = Prisma.sql`${districtScopeSql(scope, 'a.district_id')} AND a.district_id = ${districtId}`;
    const [row] = await this.sql.query<Row>(Prisma.sql`
      WITH follow_ups AS (
        SELECT g.id, g.next_follow_up_due AS due, g.name
        FROM self_help_group g
        WHERE ${inGroups} AND g.status <> 'CLOSED' AND g.next_follow_up_due <= ${day(days.followUpsBy)}
      ), starting AS (
        SELECT g.id, g.start_date, g.name FROM self_help_group g WHERE ${inGroups} AND g.status = 'STARTING'
      ), sessions AS (
        SELECT s.id, s.course_id, s.date, s.start_time
        FROM course_session s JOIN training_course c ON c.id = s.course_id
        WHERE ${inCourses} AND c.status <> 'CANCELLED'
          AND s.date BETWEEN ${day(days.today)} AND ${day(days.upcomingUntil)}
      ), activities AS (
        SELECT a.id, a.date, a.start_time
        FROM outreach_activity a
        WHERE ${inActivities} AND a.status = 'PLANNED'
          AND a.date BETWEEN ${day(days.today)} AND ${day(days.upcomingUntil)}
      )
      SELECT jsonb_build_object(
        'groupFollowUps', jsonb_build_object(
          'totalCount', (SELECT count(*) FROM follow_ups),
          'overdueCount', (SELECT count(*) FROM follow_ups WHERE due < ${day(days.today)}),
          'ids', COALESCE((SELECT jsonb_agg(id ORDER BY due, name, id) FROM
            (SELECT id, due, name FROM follow_ups ORDER BY due, name, id LIMIT ${first}) f), '[]'::jsonb)),
        'startingGroups', jsonb_build_object(
          'totalCount', (SELECT count(*) FROM starting),
          'overdueCount', (SELECT count(*) FROM starting WHERE start_date < ${day(days.today)}),
          'ids', COALESCE((SELECT jsonb_agg(id ORDER BY start_date, name, id) FROM
            (SELECT id, start_date, name FROM starting ORDER BY start_date, name, id LIMIT ${first}) s), '[]'::jsonb)),
        'courseSessions', jsonb_build_object(
          'totalCount', (SELECT count(*) FROM sessions),
          'sessions', COALESCE((SELECT jsonb_agg(jsonb_build_object('courseId', course_id, 'sessionId', id)
              ORDER BY date, start_time, id) FROM
            (SELECT id, course_id, date, start_time FROM sessions ORDER BY date, start_time, id LIMIT ${first}) s),
            '[]'::jsonb)),
        'activities', jsonb_build_object(
          'totalCount', (SELECT count(*) FROM activities),
          'ids', COALESCE((SELECT jsonb_agg(id ORDER BY date, start_time NULLS FIRST, id) FROM
            (SELECT id, date, start_time FROM activities ORDER BY date, start_time NULLS FIRST, id LIMIT ${first}) a),
            '[]'::jsonb))
      ) AS lists`);
    return row!.lists;
  }
}
