import type { DistrictId, FieldChange, GroupData, VenueData } from '@selvhjelp/domain';
import { meetingWeekdays } from '@selvhjelp/domain';
import type {
  Group,
  GroupChange,
  GroupFollowUp,
  GroupStatusChange,
  Prisma,
  Venue,
} from '../../generated/prisma/client.js';
import { dateFromIso, isoFromDate, optionalDateFromIso, optionalIsoFromDate } from '../../sql/dates.js';
import type {
  VenueRecord,
  GroupRecord,
  GroupSummaryRecord,
  GroupStatusChangeRecord,
  GroupFollowUpRecord,
  GroupChangeRecord,
} from './types.js';

/*
 * What the group repository returns: plain objects of our own (no Prisma types), dates without
 * time as `YYYY-MM-DD` like the domain. A GroupRecord is a GroupData plus what the registry
 * adds, so it can be handed to anything that takes the domain's GroupData.
 */

export type GroupRow = Group & { venue: Venue | null };

export function toVenueRecord(row: Venue): VenueRecord {
  return {
    id: row.id,
    districtId: row.districtId as DistrictId,
    partnerId: row.partnerId,
    name: row.name,
    streetAddress: row.streetAddress,
    postalCode: row.postalCode,
    postalPlace: row.postalPlace,
    stepFreeAccess: row.stepFreeAccess,
    hearingLoop: row.hearingLoop,
    accessibilityNotes: row.accessibilityNotes,
  };
}

export function toGroupRecord(row: GroupRow): GroupRecord {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    themeIds: row.themeIds,
    targetGroup: row.targetGroup,
    municipalityNumber: row.municipalityNumber,
    // Written only through this repository, which accepts known district ids only.
    districtId: row.districtId as DistrictId,
    format: row.format,
    venue: row.venue && toVenueRecord(row.venue),
    meetingUrl: row.meetingUrl,
    languages: row.languages ?? [],
    openForNewMembers: row.openForNewMembers,
    maxSize: row.maxSize,
    schedule: {
      kind: row.scheduleKind,
      weekday: row.weekday,
      nth: row.nth,
      dates: row.meetingDates.map(isoFromDate),
      startTime: row.startTime,
      durationMinutes: row.durationMinutes,
      startDate: isoFromDate(row.startDate),
      endDate: optionalIsoFromDate(row.endDate),
    },
    status: row.status,
    statusChangedAt: row.statusChangedAt,
    nextFollowUpDue: optionalIsoFromDate(row.nextFollowUpDue),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdById: row.createdById,
    updatedById: row.updatedById,
  };
}

export function toStatusChangeRecord(row: GroupStatusChange): GroupStatusChangeRecord {
  return {
    id: row.id,
    groupId: row.groupId,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    effectiveDate: isoFromDate(row.effectiveDate),
    reason: row.reason,
    changedById: row.changedById,
    changedAt: row.changedAt,
  };
}

export function toFollowUpRecord(row: GroupFollowUp): GroupFollowUpRecord {
  return {
    id: row.id,
    groupId: row.groupId,
    date: isoFromDate(row.date),
    note: row.note,
    registeredById: row.registeredById,
    createdAt: row.createdAt,
  };
}

function isFieldChange(value: unknown): value is FieldChange {
  if (typeof value !== 'object' || value === null) return false;
  const { field, oldValue, newValue } = value as Record<string, unknown>;
  const text = (part: unknown) => part === null || typeof part === 'string';
  return typeof field === 'string' && text(oldValue) && text(newValue);
}

export function toChangeRecord(row: GroupChange): GroupChangeRecord {
  return {
    id: row.id,
    groupId: row.groupId,
    kind: row.kind,
    changedById: row.changedById,
    changedAt: row.changedAt,
    fields: Array.isArray(row.fields) ? (row.fields as unknown[]).filter(isFieldChange) : [],
  };
}

/** FieldChanges as JSON: copied field by field, so nothing but the three properties is stored. */
export function fieldsJson(fields: readonly FieldChange[]): Prisma.InputJsonValue {
  return fields.map(({ field, oldValue, newValue }) => ({ field, oldValue, newValue }));
}

/** The group's own columns for GroupData (not the venue, not the registry's columns). */
export function groupColumns(data: GroupData) {
  const { schedule } = data;
  return {
    districtId: data.districtId,
    name: data.name,
    description: data.description,
    themeIds: [...data.themeIds],
    targetGroup: data.targetGroup,
    municipalityNumber: data.municipalityNumber,
    format: data.format,
    meetingUrl: data.meetingUrl,
    languages: [...data.languages],
    openForNewMembers: data.openForNewMembers,
    maxSize: data.maxSize,
    scheduleKind: schedule.kind,
    weekday: schedule.weekday,
    nth: schedule.nth,
    meetingDates: schedule.dates.map(dateFromIso),
    startTime: schedule.startTime,
    durationMinutes: schedule.durationMinutes,
    startDate: dateFromIso(schedule.startDate),
    endDate: optionalDateFromIso(schedule.endDate),
    // Derived for the public weekday filter: IRREGULAR groups match by the weekdays of their dates.
    meetingWeekdays: meetingWeekdays(schedule),
  } satisfies Partial<Prisma.GroupUncheckedCreateInput>;
}

export function venueColumns(venue: VenueData, districtId: string) {
  return {
    districtId,
    name: venue.name,
    streetAddress: venue.streetAddress,
    postalCode: venue.postalCode,
    postalPlace: venue.postalPlace,
    stepFreeAccess: venue.stepFreeAccess,
    hearingLoop: venue.hearingLoop,
    accessibilityNotes: venue.accessibilityNotes,
  } satisfies Partial<Prisma.VenueUncheckedCreateInput>;
}

/** A venue row as `to_json(v)` gives it (the lists' SQL). */
export interface VenueJson {
  id: string;
  district_id: string;
  partner_id: string | null;
  name: string;
  street_address: string;
  postal_code: string;
  postal_place: string;
  step_free_access: boolean;
  hearing_loop: boolean;
  accessibility_notes: string | null;
}

/** A group row as `to_json(g)` gives it: dates `YYYY-MM-DD`, instants ISO 8601 with offset. */
export interface GroupJson {
  id: string;
  district_id: string;
  slug: string;
  name: string;
  description: string;
  theme_ids: string[] | null;
  target_group: Group['targetGroup'];
  municipality_number: string;
  format: Group['format'];
  meeting_url: string | null;
  languages: string[] | null;
  open_for_new_members: boolean;
  max_size: number | null;
  schedule_kind: Group['scheduleKind'];
  weekday: Group['weekday'];
  nth: number | null;
  meeting_dates: string[] | null;
  start_time: string;
  duration_minutes: number;
  start_date: string;
  end_date: string | null;
  status: Group['status'];
  status_changed_at: string;
  next_follow_up_due: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  created_by_id: string | null;
  updated_by_id: string | null;
}

function venueRecordFromJson(venue: VenueJson): VenueRecord {
  return {
    id: venue.id,
    districtId: venue.district_id as DistrictId,
    partnerId: venue.partner_id,
    name: venue.name,
    streetAddress: venue.street_address,
    postalCode: venue.postal_code,
    postalPlace: venue.postal_place,
    stepFreeAccess: venue.step_free_access,
    hearingLoop: venue.hearing_loop,
    accessibilityNotes: venue.accessibility_notes,
  };
}

/** The columns of a GroupSummaryRecord, as the lists' SQL names them (list-query.ts). */
export const GROUP_SUMMARY_COLUMNS = [
  'id',
  'name',
  'district_id',
  'municipality_number',
  'theme_ids',
  'status',
  'open_for_new_members',
  'next_follow_up_due',
  'updated_at',
] as const satisfies readonly (keyof GroupJson)[];

/**
 * A group as the lists' summary gives it: the values of GROUP_SUMMARY_COLUMNS, in that order
 * (json_build_array: a page is one json array of these, without every row repeating the keys).
 */
export type GroupSummaryValues = ValuesOf<typeof GROUP_SUMMARY_COLUMNS>;

/** The json values of the named columns, as a tuple in their order. */
type ValuesOf<Columns extends readonly (keyof GroupJson)[]> = {
  -readonly [K in keyof Columns]: GroupJson[Columns[K] & keyof GroupJson];
};

/** The summary of a group, from the lists' summary values: the same values as the full record's. */
export function groupSummaryFromValues([
  id,
  name,
  districtId,
  municipalityNumber,
  themeIds,
  status,
  openForNewMembers,
  nextFollowUpDue,
  updatedAt,
]: GroupSummaryValues): GroupSummaryRecord {
  return {
    id,
    name,
    districtId: districtId as DistrictId,
    municipalityNumber,
    themeIds: themeIds ?? [],
    status,
    openForNewMembers,
    nextFollowUpDue,
    updatedAt: new Date(updatedAt),
  };
}

/** The same record toGroupRecord makes, from the lists' json rows. */
export function groupRecordFromJson(row: GroupJson, venue: VenueJson | null): GroupRecord {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    // Array columns are nullable in SQL; Prisma reads a NULL one as [].
    themeIds: row.theme_ids ?? [],
    targetGroup: row.target_group,
    municipalityNumber: row.municipality_number,
    districtId: row.district_id as DistrictId,
    format: row.format,
    venue: venue && venueRecordFromJson(venue),
    meetingUrl: row.meeting_url,
    languages: row.languages ?? [],
    openForNewMembers: row.open_for_new_members,
    maxSize: row.max_size,
    schedule: {
      kind: row.schedule_kind,
      weekday: row.weekday,
      nth: row.nth,
      dates: row.meeting_dates ?? [],
      startTime: row.start_time,
      durationMinutes: row.duration_minutes,
      startDate: row.start_date,
      endDate: row.end_date,
    },
    status: row.status,
    statusChangedAt: new Date(row.status_changed_at),
    nextFollowUpDue: row.next_follow_up_due,
    version: row.version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    createdById: row.created_by_id,
    updatedById: row.updated_by_id,
  };
}
