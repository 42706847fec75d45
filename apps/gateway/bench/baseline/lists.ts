// The two lists as a minimal hand-written server would answer them: one SQL statement each
// (plus, for the staff list, one session lookup by token hash), reference data (municipality,
// district and theme names) and the meeting times from the domain package, and the response
// assembled in the order of the portal's query document.
import { createHash } from 'node:crypto';
import type { GroupStatus, Schedule } from '@selvhjelp/domain';
import { GROUP_STATUSES, findDistrict, findMunicipality, findTheme, nextMeetings } from '@selvhjelp/domain';
import type { Sql } from './database.js';

const ISO_INSTANT = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

const cursorOf = (name: string, id: string) =>
  Buffer.from(JSON.stringify(['NAME', 'ASC', name, id])).toString('base64url');

function themes(ids: string[]) {
  return ids.flatMap((id) => {
    const theme = findTheme(id);
    return theme ? [{ id: theme.id, label: theme.labels.nb }] : [];
  });
}

function municipality(number: string) {
  const found = findMunicipality(number);
  if (!found) throw new Error(`unknown municipality ${number}`);
  return { number: found.number, name: found.name };
}

interface ScheduleColumns {
  schedule_kind: Schedule['kind'];
  weekday: Schedule['weekday'];
  nth: number | null;
  meeting_dates: string[];
  start_time: string;
  duration_minutes: number;
  start_date: string;
  end_date: string | null;
}

interface PublicRow extends ScheduleColumns {
  total: number;
  id: string | null;
  slug: string;
  name: string;
  format: string;
  open_for_new_members: boolean;
  theme_ids: string[];
  municipality_number: string;
  venue_name: string | null;
  venue_postal_place: string | null;
}

// The page and the total in one statement; the public rule as the partial indexes have it.
const PUBLIC_GROUPS = `
  WITH counts AS (
    SELECT count(*)::int AS total FROM self_help_group g
    WHERE g.status IN ('STARTING', 'RUNNING') AND g.open_for_new_members
  ), page AS (
    SELECT g.id, g.slug, g.name, g.format::text, g.open_for_new_members, g.theme_ids, g.municipality_number::text,
      g.schedule_kind::text, g.weekday::text, g.nth, g.meeting_dates::text[], g.start_time, g.duration_minutes,
      g.start_date::text, g.end_date::text, g.venue_id
    FROM self_help_group g
    WHERE g.status IN ('STARTING', 'RUNNING') AND g.open_for_new_members
    ORDER BY g.name, g.id
    LIMIT $1
  )
  SELECT counts.total, page.*, v.name AS venue_name, v.postal_place AS venue_postal_place
  FROM counts LEFT JOIN page ON TRUE LEFT JOIN venue v ON v.id = page.venue_id
  ORDER BY page.name, page.id`;

export async function publicGroups(sql: Sql, first: number, now: Date): Promise<unknown> {
  const rows = await sql.query<PublicRow>(PUBLIC_GROUPS, [first + 1]);
  const groups = rows.filter((row) => row.id !== null);
  const page = groups.slice(0, first);
  const last = page.at(-1);
  return {
    data: {
      publicGroups: {
        totalCount: rows[0]?.total ?? 0,
        pageInfo: {
          hasNextPage: groups.length > first,
          endCursor: last ? cursorOf(last.name, last.id!) : null,
        },
        edges: page.map((row) => {
          const schedule: Schedule = {
            kind: row.schedule_kind,
            weekday: row.weekday,
            nth: row.nth,
            dates: row.meeting_dates,
            startTime: row.start_time,
            durationMinutes: row.duration_minutes,
            startDate: row.start_date,
            endDate: row.end_date,
          };
          return {
            node: {
              slug: row.slug,
              name: row.name,
              format: row.format,
              openForNewMembers: row.open_for_new_members,
              themes: themes(row.theme_ids),
              municipality: municipality(row.municipality_number),
              venue: row.venue_name === null ? null : { name: row.venue_name, postalPlace: row.venue_postal_place },
              schedule: {
                kind: schedule.kind,
                weekday: schedule.weekday,
                nth: schedule.nth,
                dates: schedule.dates,
                startTime: schedule.startTime,
                durationMinutes: schedule.durationMinutes,
                startDate: schedule.startDate,
                endDate: schedule.endDate,
              },
              nextMeetings: nextMeetings(schedule, now, 1).map((meeting) => ({
                start: meeting.start.toISOString(),
                end: meeting.end.toISOString(),
              })),
            },
          };
        }),
      },
    },
  };
}

interface Viewer {
  district_id: string | null;
}

const SESSION = `
  SELECT u.district_id
  FROM session s JOIN staff_user u ON u.id = s.user_id
  WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
    AND s.last_seen_at > now() - interval '30 minutes' AND u.active`;

/** The signed-in staff member behind a bearer token, or null. */
export async function viewerOf(sql: Sql, token: string): Promise<Viewer | null> {
  const hash = createHash('sha256').update(token, 'utf8').digest('hex');
  const [viewer] = await sql.query<Viewer>(SESSION, [hash]);
  return viewer ?? null;
}

type StaffRow = Record<GroupStatus, number> & {
  total: number;
  id: string | null;
  name: string;
  status: GroupStatus;
  open_for_new_members: boolean;
  next_follow_up_due: string | null;
  updated_at: string;
  municipality_number: string;
  district_id: string;
  theme_ids: string[];
};

/** What the staff list is asked for beyond its district: a name search, the page after a cursor. */
export interface StaffListAsk {
  districtId: string | null;
  first: number;
  search: string | null;
  after: string | null;
}

/** `%text%` for LIKE, with `%`, `_` and `\` in the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/** The (name, id) of a staff list cursor (trusted, as the rest of the request). */
function cursorValues(after: string): [string, string] {
  const [, , name, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [
    string,
    string,
    string,
    string,
  ];
  return [name, id];
}

/**
 * The page, the total and the count per status in one statement, over the viewer's district
 * (none for national staff), the district asked for (if any) and the name search (if any); the
 * page from the cursor on (if any). $1 is the page's row limit.
 */
function staffGroupsSql(conditions: string[], cursor: string | null): string {
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const after = cursor ? `${where ? 'AND' : 'WHERE'} ${cursor}` : '';
  return `
  WITH counts AS (
    SELECT count(*)::int AS total,
      ${GROUP_STATUSES.map((status) => `count(*) FILTER (WHERE g.status = '${status}')::int AS "${status}"`).join(', ')}
    FROM self_help_group g ${where}
  ), page AS (
    SELECT g.id, g.name, g.status::text, g.open_for_new_members, g.next_follow_up_due::text,
      to_char(g.updated_at AT TIME ZONE 'UTC', ${ISO_INSTANT}) AS updated_at, g.municipality_number::text,
      g.district_id, g.theme_ids
    FROM self_help_group g ${where} ${after}
    ORDER BY g.name, g.id
    LIMIT $1
  )
  SELECT counts.*, page.* FROM counts LEFT JOIN page ON TRUE ORDER BY page.name, page.id`;
}

export async function staffGroups(sql: Sql, viewer: Viewer, ask: StaffListAsk) {
  const { first } = ask;
  const values: unknown[] = [first + 1];
  const parameter = (value: unknown) => `$${values.push(value)}`;
  const conditions = [viewer.district_id, ask.districtId]
    .filter((id) => id !== null)
    .map((id) => `g.district_id = ${parameter(id)}`);
  const search = ask.search?.trim();
  // The kept lower(name), as the schema offers it to any statement (decision 0044).
  if (search) conditions.push(`g.name_folded LIKE lower(${parameter(containing(search))})`);
  let cursor: string | null = null;
  if (ask.after) {
    const [name, id] = cursorValues(ask.after);
    cursor = `(g.name, g.id) > (${parameter(name)}, ${parameter(id)}::uuid)`;
  }
  const rows = await sql.query<StaffRow>(staffGroupsSql(conditions, cursor), values);
  const groups = rows.filter((row) => row.id !== null);
  const page = groups.slice(0, first);
  const last = page.at(-1);
  const counts = rows[0];
  return {
    data: {
      groups: {
        totalCount: counts?.total ?? 0,
        statusCounts: GROUP_STATUSES.map((status) => ({
          status,
          count: counts?.[status] ?? 0,
        })),
        pageInfo: {
          hasNextPage: groups.length > first,
          endCursor: last ? cursorOf(last.name, last.id!) : null,
        },
        edges: page.map((row) => {
          const district = findDistrict(row.district_id);
          if (!district) throw new Error(`unknown district ${row.district_id}`);
          return {
            node: {
              id: row.id,
              name: row.name,
              status: row.status,
              openForNewMembers: row.open_for_new_members,
              nextFollowUpDue: row.next_follow_up_due,
              updatedAt: row.updated_at,
              municipality: municipality(row.municipality_number),
              district: { id: district.id, name: district.name },
              themes: themes(row.theme_ids),
            },
          };
        }),
      },
    },
  };
}
