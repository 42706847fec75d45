import type { ActivityData, ActivityParticipantFacts, Scope } from '@selvhjelp/domain';
import { StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { isUuid } from '../../sql/client.js';
import { dateFromIso } from '../../sql/dates.js';
import type { ActivityUpdate, NewActivity, OutreachActivityRecord } from './types.js';
import { ACTIVITY_INCLUDE, activityScopeWhere, toActivityRecord } from './queries.js';

/*
 * Activity writes: the activity row, its staff and its partners in the caller's transaction.
 * The service checks staff and partners against the activity's district (readParticipantFacts,
 * the domain's activityParticipantsRefusal) inside it, so a staff member deactivated or a partner
 * removed meanwhile cannot slip in.
 */

function activityColumns(data: ActivityData) {
  return {
    type: data.type,
    title: data.title,
    status: data.status,
    date: dateFromIso(data.date),
    startTime: data.startTime,
    endTime: data.endTime,
    online: data.online,
    place: data.place,
    municipalityNumber: data.municipalityNumber,
    audiences: [...new Set(data.audiences)],
    participantCount: data.participantCount,
    themeIds: [...data.themeIds],
    notes: data.notes,
  };
}

const distinct = (ids: readonly string[]) => [...new Set(ids.map((id) => id.toLowerCase()))];

/** Whether every staff id is an active staff member of the district and every partner id one of its partners. */
export async function readParticipantFacts(
  tx: DbClient,
  districtId: string,
  staffIds: readonly string[],
  partnerIdList: readonly string[],
): Promise<ActivityParticipantFacts> {
  const staffUserIds = distinct(staffIds);
  const partnerIds = distinct(partnerIdList);
  // A malformed id matches no one.
  const [staff, partners] = await Promise.all([
    staffUserIds.length && staffUserIds.every(isUuid)
      ? tx.staffUser.count({ where: { id: { in: staffUserIds }, districtId, active: true } })
      : 0,
    partnerIds.length && partnerIds.every(isUuid)
      ? tx.partner.count({ where: { id: { in: partnerIds }, districtId } })
      : 0,
  ]);
  return { allStaffOfDistrict: staff === staffUserIds.length, allPartnersOfDistrict: partners === partnerIds.length };
}

export async function createActivity(tx: DbClient, activity: NewActivity): Promise<OutreachActivityRecord> {
  const { districtId, data, now, actorId } = activity;
  const staffUserIds = distinct(data.staffUserIds);
  const partnerIds = distinct(data.partnerIds);
  const row = await tx.outreachActivity.create({
    data: {
      districtId,
      ...activityColumns(data),
      createdById: actorId,
      updatedById: actorId,
      createdAt: now,
      updatedAt: now,
      staff: { create: staffUserIds.map((staffUserId) => ({ staffUserId })) },
      partners: { create: partnerIds.map((partnerId) => ({ partnerId })) },
    },
    include: ACTIVITY_INCLUDE,
  });
  return toActivityRecord(row);
}

/** The activity's district, read at the version the caller read: null when missing; StaleVersionError when it moved. */
export async function readActivityDistrict(
  tx: DbClient,
  scope: Scope,
  id: string,
  expectedVersion: number,
): Promise<string | null> {
  const current = await tx.outreachActivity.findFirst({
    where: { id, ...activityScopeWhere(scope) },
    select: { districtId: true, version: true },
  });
  if (!current) return null;
  if (current.version !== expectedVersion) throw new StaleVersionError('OutreachActivity', id, expectedVersion);
  return current.districtId;
}

/** Writes an edit whose staff and partners the rule allowed; staff and partners are replaced. */
export async function updateActivity(
  tx: DbClient,
  id: string,
  expectedVersion: number,
  update: ActivityUpdate,
): Promise<OutreachActivityRecord> {
  const { data, now, actorId } = update;
  const staffUserIds = distinct(data.staffUserIds);
  const partnerIds = distinct(data.partnerIds);
  // The version again, and first among the writes: a save that lost the race writes nothing.
  const { count } = await tx.outreachActivity.updateMany({
    where: { id, version: expectedVersion },
    data: { ...activityColumns(data), version: { increment: 1 }, updatedAt: now, updatedById: actorId },
  });
  if (count === 0) throw new StaleVersionError('OutreachActivity', id, expectedVersion);
  await tx.activityStaff.deleteMany({ where: { activityId: id } });
  await tx.activityPartner.deleteMany({ where: { activityId: id } });
  if (staffUserIds.length)
    await tx.activityStaff.createMany({ data: staffUserIds.map((staffUserId) => ({ activityId: id, staffUserId })) });
  if (partnerIds.length)
    await tx.activityPartner.createMany({ data: partnerIds.map((partnerId) => ({ activityId: id, partnerId })) });
  return toActivityRecord(await tx.outreachActivity.findUniqueOrThrow({ where: { id }, include: ACTIVITY_INCLUDE }));
}

/**
 * Deletes an activity entered by mistake, with its staff, partners and outcomes (cascade). False
 * when missing or out of scope; StaleVersionError when it changed since the caller read it.
 */
export async function removeActivity(
  tx: DbClient,
  scope: Scope,
  id: string,
  expectedVersion: number,
): Promise<boolean> {
  const { count } = await tx.outreachActivity.deleteMany({
    where: { id, version: expectedVersion, ...activityScopeWhere(scope) },
  });
  if (count > 0) return true;
  const exists = await tx.outreachActivity.count({ where: { id, ...activityScopeWhere(scope) } });
  if (exists > 0) throw new StaleVersionError('OutreachActivity', id, expectedVersion);
  return false;
}
