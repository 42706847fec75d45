import { createHash } from 'node:crypto';
import type {
  DistrictId,
  GroupData,
  GroupFormat,
  GroupStatus,
  IsoDate,
  Schedule,
  ScheduleKind,
  Weekday,
} from '@selvhjelp/domain';
import {
  DISTRICTS,
  addDays,
  addMonths,
  compareIsoDates,
  groupDataSnapshot,
  groupSlug,
  municipalitiesInDistrict,
  nextWeekdayOnOrAfter,
  zonedDateTimeToInstant,
} from '@selvhjelp/domain';
import type { Prisma } from '../generated/prisma/client.js';
import type { DbClient } from '../sql/client.js';
import { dateFromIso, optionalDateFromIso } from '../sql/dates.js';
import { fieldsJson, groupColumns, venueColumns } from '../repositories/groups/records.js';
import { DEMO_GROUP_KINDS, DEMO_PLACES, FOLLOW_UP_NOTES, STATUS_REASONS } from './demo-group-catalogue.js';

/*
 * Demo groups for every district, the same on every machine for a given day: no randomness,
 * dates relative to `today` (so some follow-ups are always overdue and some upcoming), ids and
 * slugs derived from the district and position. Seeding again adds only what is missing.
 */

export const DEMO_GROUPS_PER_DISTRICT: Readonly<Record<DistrictId, number>> = {
  nord: 10,
  midt: 11,
  vest: 12,
  sorvest: 9,
  sor: 11,
  innlandet: 8,
  ost: 12,
};

// Position i of a district's groups takes entry i of each pattern (districts have 8–12 groups).
const STATUSES: readonly GroupStatus[] = [
  'RUNNING',
  'RUNNING',
  'STARTING',
  'RUNNING',
  'IDEA',
  'RUNNING',
  'CLOSED',
  'PAUSED',
  'RUNNING',
  'STARTING',
  'RUNNING',
  'RUNNING',
];
const FORMATS: readonly GroupFormat[] = [
  'IN_PERSON',
  'IN_PERSON',
  'IN_PERSON',
  'ONLINE',
  'IN_PERSON',
  'HYBRID',
  'IN_PERSON',
  'IN_PERSON',
  'IN_PERSON',
  'HYBRID',
  'ONLINE',
  'IN_PERSON',
];
const KINDS: readonly ScheduleKind[] = [
  'WEEKLY',
  'BIWEEKLY',
  'MONTHLY_NTH_WEEKDAY',
  'WEEKLY',
  'IRREGULAR',
  'BIWEEKLY',
  'WEEKLY',
  'MONTHLY_NTH_WEEKDAY',
  'WEEKLY',
  'IRREGULAR',
  'BIWEEKLY',
  'WEEKLY',
];
const WEEKDAYS: readonly Weekday[] = [
  'TUESDAY',
  'WEDNESDAY',
  'MONDAY',
  'THURSDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'MONDAY',
  'TUESDAY',
  'SATURDAY',
  'WEDNESDAY',
  'THURSDAY',
];
/** Index into the district's places: the office town (0) most often. */
const PLACES = [0, 1, 0, 2, 3, 0, 4, 5, 0, 1, 0, 2];
const START_TIMES = ['18:00', '19:00', '17:30', '18:30', '12:00', '19:30'];
const DURATIONS = [90, 120, 90, 75];
const NTHS = [1, 2, 3, -1];

export type DemoActor = 'lead' | 'staff';

export interface DemoGroupPlan {
  slug: string;
  data: GroupData;
  status: GroupStatus;
  nextFollowUpDue: IsoDate | null;
  createdBy: DemoActor;
  /** Oldest first; the first has no `from`. */
  statusHistory: { from: GroupStatus | null; to: GroupStatus; effectiveDate: IsoDate; by: DemoActor }[];
  /** Oldest first. */
  followUps: { date: IsoDate; note: string; by: DemoActor }[];
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A stable uuid-shaped id for a demo row (same slug, same id: demo links survive a reset). */
export function demoId(key: string): string {
  const hex = hash(`selvhjelp-demo/${key}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const earlier = (a: IsoDate, b: IsoDate) => (compareIsoDates(a, b) <= 0 ? a : b);
const later = (a: IsoDate, b: IsoDate) => (compareIsoDates(a, b) >= 0 ? a : b);

function municipalityNumber(districtId: DistrictId, name: string): string {
  const found = municipalitiesInDistrict(districtId).find((municipality) => municipality.name === name);
  if (!found) throw new Error(`Demo data: no municipality ${name} in district ${districtId}`);
  return found.number;
}

/** When the group starts, by its status: ideas and some starting groups lie ahead. */
function startDateFor(status: GroupStatus, index: number, today: IsoDate): IsoDate {
  switch (status) {
    case 'IDEA':
      return addDays(today, 35);
    case 'STARTING':
      return index % 2 === 0 ? addDays(today, -21) : addDays(today, 10);
    case 'RUNNING':
      return addMonths(today, -(8 + index * 3));
    case 'PAUSED':
      return addMonths(today, -20);
    case 'CLOSED':
      return addMonths(today, -30);
  }
}

function scheduleFor(
  kind: ScheduleKind,
  index: number,
  weekday: Weekday,
  base: IsoDate,
  endDate: IsoDate | null,
  today: IsoDate,
): Schedule {
  const common = {
    startTime: START_TIMES[index % START_TIMES.length]!,
    durationMinutes: DURATIONS[index % DURATIONS.length]!,
    endDate,
  };
  if (kind === 'IRREGULAR') {
    // A handful of dates around today, on the group's usual day.
    const anchor = later(base, addDays(today, -24));
    const dates = [0, 28, 56, 84].map((offset) => nextWeekdayOnOrAfter(addDays(anchor, offset), weekday));
    return { ...common, kind, weekday: null, nth: null, dates, startDate: earlier(base, dates[0]!) };
  }
  const startDate = kind === 'MONTHLY_NTH_WEEKDAY' ? base : nextWeekdayOnOrAfter(base, weekday);
  return {
    ...common,
    kind,
    weekday,
    nth: kind === 'MONTHLY_NTH_WEEKDAY' ? NTHS[index % NTHS.length]! : null,
    dates: [],
    startDate,
  };
}

function statusHistoryFor(
  status: GroupStatus,
  startDate: IsoDate,
  endDate: IsoDate | null,
  today: IsoDate,
): DemoGroupPlan['statusHistory'] {
  const registered = earlier(addDays(startDate, -45), addDays(today, -12));
  const starting = earlier(addDays(startDate, -14), addDays(today, -3));
  const running = earlier(addMonths(startDate, 3), addDays(today, -7));
  const steps: [GroupStatus, IsoDate][] = [['IDEA', registered]];
  if (status !== 'IDEA') steps.push(['STARTING', starting]);
  if (status === 'RUNNING' || status === 'PAUSED' || status === 'CLOSED') steps.push(['RUNNING', running]);
  if (status === 'PAUSED') steps.push(['PAUSED', addDays(today, -40)]);
  if (status === 'CLOSED') steps.push(['CLOSED', endDate!]);
  return steps.map(([to, effectiveDate], step) => ({
    from: step === 0 ? null : steps[step - 1]![0],
    to,
    effectiveDate,
    by: step % 2 === 0 ? 'lead' : 'staff',
  }));
}

function nextFollowUpDueFor(status: GroupStatus, index: number, districtIndex: number, today: IsoDate): IsoDate | null {
  if (status === 'CLOSED') return null;
  if (status === 'IDEA') return districtIndex % 2 === 0 ? addDays(today, 20) : addDays(today, -5);
  // Every third group is overdue; the others come up over the next months.
  return index % 3 === 0 ? addDays(today, -(5 + index * 2)) : addDays(today, 3 + index * 7);
}

function planGroup(districtId: DistrictId, districtIndex: number, index: number, today: IsoDate): DemoGroupPlan {
  const places = DEMO_PLACES[districtId];
  const place = places[PLACES[index]! % places.length]!;
  // Steps of 5 through 16 kinds: no kind repeats within a district.
  const kind = DEMO_GROUP_KINDS[(districtIndex * 7 + index * 5) % DEMO_GROUP_KINDS.length]!;
  const status = STATUSES[index]!;
  const format = FORMATS[index]!;
  const weekday = WEEKDAYS[(index + districtIndex) % WEEKDAYS.length]!;
  const base = startDateFor(status, index, today);
  const endDate = status === 'CLOSED' ? addDays(today, -60) : null;
  const schedule = scheduleFor(KINDS[index]!, index, weekday, base, endDate, today);
  const name = kind.name.replace('{place}', place.municipality);
  const suffix = hash(`demo-group/${districtId}/${index}`).slice(0, 6);
  const slug = groupSlug(name, place.municipality, suffix);
  const data: GroupData = {
    name,
    description: kind.description,
    themeIds: [...kind.themeIds],
    targetGroup: kind.targetGroup,
    municipalityNumber: municipalityNumber(districtId, place.municipality),
    districtId,
    format,
    venue: format === 'ONLINE' ? null : place.venues[index % place.venues.length]!,
    meetingUrl: format === 'IN_PERSON' ? null : `https://mote.demo.selvhjelp.no/${districtId}-${suffix}`,
    // Online groups reach further; one group in the north also meets in Northern Sami.
    languages: format === 'ONLINE' ? ['nb', 'en'] : districtId === 'nord' && index === 1 ? ['nb', 'se'] : ['nb'],
    // A running group that is full: never in the public finder.
    openForNewMembers: status !== 'CLOSED' && index !== 8,
    maxSize: kind.maxSize,
    schedule,
  };
  const statusHistory = statusHistoryFor(status, schedule.startDate, endDate, today);
  const activeFrom = statusHistory[1]?.effectiveDate;
  const followUpDates = activeFrom
    ? [addDays(activeFrom, 21), addDays(today, -(30 + index * 4))]
        .filter((date) => compareIsoDates(date, activeFrom) > 0 && compareIsoDates(date, endDate ?? today) <= 0)
        .sort(compareIsoDates)
        .filter((date, position, all) => date !== all[position - 1])
    : [];
  return {
    slug,
    data,
    status,
    nextFollowUpDue: nextFollowUpDueFor(status, index, districtIndex, today),
    createdBy: index % 2 === 0 ? 'lead' : 'staff',
    statusHistory,
    followUps: followUpDates.map((date, position) => ({
      date,
      note: FOLLOW_UP_NOTES[(districtIndex + index + position) % FOLLOW_UP_NOTES.length]!,
      by: 'staff',
    })),
  };
}

/** Every district's demo groups for the given day, in district order. */
export function demoGroupPlans(today: IsoDate): DemoGroupPlan[] {
  return DISTRICTS.flatMap((district, districtIndex) =>
    Array.from({ length: DEMO_GROUPS_PER_DISTRICT[district.id] }, (_, index) =>
      planGroup(district.id, districtIndex, index, today),
    ),
  );
}

export type DemoActors = Readonly<Record<DistrictId, Record<DemoActor, string | null>>>;

/** The rows of one planned group, in every table, with demo ids and Oslo-time timestamps. */
function rowsOf(plan: DemoGroupPlan, actors: DemoActors) {
  const actor = (who: DemoActor) => actors[plan.data.districtId as DistrictId][who];
  const at = (date: IsoDate, time: string) => zonedDateTimeToInstant(date, time);
  const id = demoId(`${plan.slug}/group`);
  const venueId = plan.data.venue ? demoId(`${plan.slug}/venue`) : null;
  const statusEvents = plan.statusHistory.map((step) => ({ ...step, at: at(step.effectiveDate, '10:00') }));
  const followUpEvents = plan.followUps.map((followUp) => ({ ...followUp, at: at(followUp.date, '13:30') }));
  const created = statusEvents[0]!.at;
  const lastStatus = statusEvents.at(-1)!;
  const updatedAt = new Date(Math.max(lastStatus.at.getTime(), ...followUpEvents.map((event) => event.at.getTime())));

  const venue: Prisma.VenueCreateManyInput | null = plan.data.venue
    ? { id: venueId!, ...venueColumns(plan.data.venue, plan.data.districtId), createdAt: created, updatedAt: created }
    : null;
  const group: Prisma.GroupCreateManyInput = {
    id,
    slug: plan.slug,
    ...groupColumns(plan.data),
    venueId,
    status: plan.status,
    statusChangedAt: lastStatus.at,
    nextFollowUpDue: optionalDateFromIso(plan.nextFollowUpDue),
    // Every status change and follow-up after the first registration was a new version.
    version: statusEvents.length + followUpEvents.length,
    createdById: actor(plan.createdBy),
    updatedById: actor(followUpEvents.at(-1)?.by ?? lastStatus.by),
    createdAt: created,
    updatedAt,
  };
  const statusChanges: Prisma.GroupStatusChangeCreateManyInput[] = statusEvents.map((event, step) => ({
    id: demoId(`${plan.slug}/status/${step}`),
    groupId: id,
    fromStatus: event.from,
    toStatus: event.to,
    effectiveDate: dateFromIso(event.effectiveDate),
    reason: STATUS_REASONS[event.to],
    changedById: actor(event.by),
    changedAt: event.at,
  }));
  const followUps: Prisma.GroupFollowUpCreateManyInput[] = followUpEvents.map((event, position) => ({
    id: demoId(`${plan.slug}/follow-up/${position}`),
    groupId: id,
    date: dateFromIso(event.date),
    note: event.note,
    registeredById: actor(event.by),
    createdAt: event.at,
  }));
  const changes: Prisma.GroupChangeCreateManyInput[] = [
    { kind: 'CREATED' as const, by: statusEvents[0]!.by, at: created, fields: groupDataSnapshot(plan.data) },
    ...statusEvents.slice(1).map((event) => ({
      kind: 'STATUS_CHANGED' as const,
      by: event.by,
      at: event.at,
      fields: [{ field: 'status', oldValue: event.from, newValue: event.to }],
    })),
    ...followUpEvents.map((event) => ({
      kind: 'FOLLOW_UP' as const,
      by: event.by,
      at: event.at,
      fields: [{ field: 'followUpDate', oldValue: null, newValue: event.date }],
    })),
  ].map((change, position) => ({
    id: demoId(`${plan.slug}/change/${position}`),
    groupId: id,
    kind: change.kind,
    changedById: actor(change.by),
    changedAt: change.at,
    fields: fieldsJson(change.fields),
  }));
  return { venue, group, statusChanges, followUps, changes };
}

/**
 * Inserts the planned groups with their history in one statement per table. Rows that exist
 * already (same demo id or slug) are skipped, so a concurrent or repeated seed cannot duplicate.
 */
export async function insertDemoGroups(
  tx: DbClient,
  plans: readonly DemoGroupPlan[],
  actors: DemoActors,
): Promise<void> {
  const rows = plans.map((plan) => rowsOf(plan, actors));
  const venues = rows.flatMap((row) => (row.venue ? [row.venue] : []));
  if (venues.length > 0) await tx.venue.createMany({ data: venues, skipDuplicates: true });
  await tx.group.createMany({ data: rows.map((row) => row.group), skipDuplicates: true });
  await tx.groupStatusChange.createMany({ data: rows.flatMap((row) => row.statusChanges), skipDuplicates: true });
  const followUps = rows.flatMap((row) => row.followUps);
  if (followUps.length > 0) await tx.groupFollowUp.createMany({ data: followUps, skipDuplicates: true });
  await tx.groupChange.createMany({ data: rows.flatMap((row) => row.changes), skipDuplicates: true });
}
