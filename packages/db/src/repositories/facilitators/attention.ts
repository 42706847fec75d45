import type { DistrictId, IsoDate, Scope } from '@selvhjelp/domain';
import {
  addMonths,
  INACTIVE_AFTER_MONTHS,
  LAPSING_SOON_MONTHS,
  STARTING_TOO_LONG_MONTHS,
  zonedDateTimeToInstant,
} from '@selvhjelp/domain';
import type { DbClient } from '../../sql/client.js';
import { facilitatorScopeWhere, qualificationWhere } from './queries.js';
import { QUALIFYING_COMPLETIONS, toFacilitatorRecord } from './records.js';
import { dateFromIso } from '../../sql/dates.js';
import { groupScopeWhere } from '../groups/queries.js';
import type { FacilitatorRecord, NeedsAttention } from './types.js';
import { NEEDS_ATTENTION_LIMIT } from './types.js';

/**
 * QUALIFIED on `today` and LAPSED on `until`, each district judged by its own refresher interval
 * (the same conditions as the facilitator list's status filter).
 */
function lapsingWhere(intervals: ReadonlyMap<string, number>, today: IsoDate, until: IsoDate | null) {
  return {
    OR: [...intervals].map(([districtId, months]) => ({
      districtId,
      AND: [
        qualificationWhere('QUALIFIED', today, months),
        ...(until !== null ? [qualificationWhere('LAPSED', until, months)] : []),
      ],
    })),
  };
}

const byLapsesOn = (a: FacilitatorRecord, b: FacilitatorRecord) =>
  (a.qualification.lapsesOn ?? '').localeCompare(b.qualification.lapsesOn ?? '') ||
  a.name.localeCompare(b.name) ||
  a.id.localeCompare(b.id);

/**
 * The district's facilitators whose qualification lapses after `today` and by `until`, soonest
 * first: one statement (lapsesOn is derived from the completions, so the order is the domain's).
 */
export async function lapsingBy(
  client: DbClient,
  scope: Scope,
  districtId: string,
  today: IsoDate,
  until: IsoDate,
  intervals: ReadonlyMap<string, number>,
): Promise<FacilitatorRecord[]> {
  const rows = await client.facilitator.findMany({
    where: {
      AND: [facilitatorScopeWhere(scope), { districtId, forgottenAt: null }, lapsingWhere(intervals, today, until)],
    },
    include: QUALIFYING_COMPLETIONS,
    take: NEEDS_ATTENTION_LIMIT,
  });
  return rows.map((row) => toFacilitatorRecord(row, today, intervals)).sort(byLapsesOn);
}

/** Three queries whatever the size of the district. */
export async function needsAttention(
  client: DbClient,
  scope: Scope,
  today: IsoDate,
  intervals: ReadonlyMap<string, number>,
): Promise<NeedsAttention> {
  const soon = addMonths(today, LAPSING_SOON_MONTHS);
  const since = dateFromIso(addMonths(today, -INACTIVE_AFTER_MONTHS));
  const perDistrict = (soonToo: boolean) => lapsingWhere(intervals, today, soonToo ? soon : null);
  const base = { ...facilitatorScopeWhere(scope), forgottenAt: null };
  const startedBefore = zonedDateTimeToInstant(addMonths(today, -STARTING_TOO_LONG_MONTHS), '00:00');
  const [lapsing, inactive, groups] = await Promise.all([
    client.facilitator.findMany({
      where: { ...base, ...perDistrict(true) },
      include: QUALIFYING_COMPLETIONS,
      take: NEEDS_ATTENTION_LIMIT,
    }),
    client.facilitator.findMany({
      where: {
        ...base,
        ...perDistrict(false),
        assignments: { none: { OR: [{ toDate: null }, { toDate: { gte: since } }] } },
        enrolments: { none: { attendances: { some: { present: true, session: { date: { gte: since } } } } } },
      },
      include: QUALIFYING_COMPLETIONS,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: NEEDS_ATTENTION_LIMIT,
    }),
    client.group.findMany({
      where: { ...groupScopeWhere(scope), status: 'STARTING', statusChangedAt: { lt: startedBefore } },
      select: { id: true, name: true, districtId: true, statusChangedAt: true },
      orderBy: [{ statusChangedAt: 'asc' }, { id: 'asc' }],
      take: NEEDS_ATTENTION_LIMIT,
    }),
  ]);
  const lapsingSoon = lapsing.map((row) => toFacilitatorRecord(row, today, intervals)).sort(byLapsesOn);
  return {
    lapsingSoon,
    inactive: inactive.map((row) => toFacilitatorRecord(row, today, intervals)),
    startingTooLong: groups.map((group) => ({ ...group, districtId: group.districtId as DistrictId })),
  };
}
