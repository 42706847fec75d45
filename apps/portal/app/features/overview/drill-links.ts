import type { StatTableKey } from '../../generated/graphql';
import { EMPTY_GROUP_LIST_QUERY, groupListHref } from '../groups/list-query';
import { listHref } from '../courses/list-query';
import { partnerListHref } from '../partners/list-query';
import { activityLogHref } from '../outreach/log-query';
import type { DistrictRegister } from '../districts/paths';
import { viewedDistrictPath } from '../districts/paths';
import { isDistrictId } from '../../shared/layout/portals';

// Where a figure of the overview leads: a district's read-only register list in the national
// portal, narrowed as far as the list's filters allow. Only registry tables lead anywhere;
// inquiries, cases, interest lists and time spent never do (issue 13: "never into inquiries or
// cases"), and neither do facilitators, whose register names people.

type Period = { from: string; to: string };

interface Drill {
  register: DistrictRegister;
  /** The list's query string for a column (null: the row's total), in the period where it has one. */
  query(column: string | null, period: Period): string;
}

const groups = (filter: (column: string) => Partial<typeof EMPTY_GROUP_LIST_QUERY>): Drill => ({
  register: 'grupper',
  query: (column) => (column ? groupListHref({ ...EMPTY_GROUP_LIST_QUERY, ...filter(column) }) : ''),
});

const courses: Drill = {
  register: 'kurs',
  query: (column) => listHref({ status: '', type: column ?? '', after: '' }),
};

const partners: Drill = {
  register: 'samarbeidspartnere',
  query: (column) =>
    partnerListHref({ type: column ?? '', municipality: '', status: 'ACTIVE', months: '', q: '', after: '' }),
};

// The overview counts completed activities dated in the period; so does the list it leads to.
const activities: Drill = {
  register: 'aktiviteter',
  query: (column, period) =>
    activityLogHref({
      type: (column ?? '') as Parameters<typeof activityLogHref>[0]['type'],
      status: 'COMPLETED',
      from: period.from,
      to: period.to,
      partner: '',
      audience: '',
      q: '',
      after: '',
    }),
};

const DRILLS: Partial<Record<StatTableKey, Drill>> = {
  GROUPS_BY_STATUS: groups((status) => ({ statuses: [status as (typeof EMPTY_GROUP_LIST_QUERY.statuses)[number]] })),
  GROUPS_BY_THEME: groups((theme) => ({ theme })),
  COURSES_HELD: courses,
  COURSE_PARTICIPANTS: courses,
  PARTNERS_BY_TYPE: partners,
  ACTIVITIES_BY_TYPE: activities,
  ACTIVITY_PARTICIPANTS: activities,
};

/** The tables whose figures lead to a register list. */
export const DRILL_TABLES = Object.keys(DRILLS) as StatTableKey[];

/**
 * The list behind one figure: row `districtId`, column `column` (null for the row's total), or
 * null where the figure leads nowhere.
 */
export function drillHref(
  table: StatTableKey,
  districtId: string,
  column: string | null,
  period: Period,
): string | null {
  const drill = DRILLS[table];
  if (!drill || !isDistrictId(districtId)) return null;
  return `${viewedDistrictPath(districtId, drill.register)}${drill.query(column, period)}`;
}
