import { randomUUID } from 'node:crypto';
import type { FieldChange, GroupData, Scope } from '@selvhjelp/domain';
import { districtIdOfMunicipality, todayIn } from '@selvhjelp/domain';
import type { Prisma } from '../../generated/prisma/client.js';
import { OutOfScopeError, StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { isRecordNotFound, scopeAllowsDistrict } from '../../sql/client.js';
import { dateFromIso, optionalDateFromIso, optionalIsoFromDate } from '../../sql/dates.js';
import type { GroupRecord, NewGroup, GroupUpdate, GroupStatusChangeInput, GroupFollowUpInput } from './types.js';
import { fieldsJson, groupColumns, toGroupRecord, venueColumns } from './records.js';
import { groupScopeWhere } from './queries.js';

/*
 * The writes of GroupRepository, each given a client that is already inside a transaction
 * (GroupRepository wraps them in `atomically`). Every write bumps `version`, stamps
 * updatedAt/updatedById with the caller's clock and actor, and appends to the audit history.
 */

/**
 * A write may only put a group where the caller may see it: the district must be in the scope
 * and be the municipality's district (the scope column must not contradict the municipality).
 */
export function assertWritable(scope: Scope, data: GroupData): void {
  if (
    !scopeAllowsDistrict(scope, data.districtId) ||
    districtIdOfMunicipality(data.municipalityNumber) !== data.districtId
  ) {
    throw new OutOfScopeError('The group must belong to a municipality of a district in your scope.');
  }
}

/**
 * Inserts groups with their venues, first status and audit entry: one multi-row INSERT per
 * table, whatever the number of groups (ids are made here so the rows can refer to each other).
 */
export async function insertGroups(tx: DbClient, items: readonly NewGroup[]): Promise<string[]> {
  const venues: Prisma.VenueCreateManyInput[] = [];
  const groups: Prisma.GroupCreateManyInput[] = [];
  const statusChanges: Prisma.GroupStatusChangeCreateManyInput[] = [];
  const changes: Prisma.GroupChangeCreateManyInput[] = [];
  for (const item of items) {
    const id = randomUUID();
    const venueId = item.data.venue ? randomUUID() : null;
    if (item.data.venue) {
      venues.push({
        id: venueId!,
        ...venueColumns(item.data.venue, item.data.districtId),
        createdAt: item.now,
        updatedAt: item.now,
      });
    }
    groups.push({
      id,
      slug: item.slug,
      ...groupColumns(item.data),
      venueId,
      status: item.status,
      statusChangedAt: item.now,
      nextFollowUpDue: optionalDateFromIso(item.nextFollowUpDue),
      createdById: item.actorId,
      updatedById: item.actorId,
      createdAt: item.now,
      updatedAt: item.now,
    });
    statusChanges.push({
      groupId: id,
      fromStatus: null,
      toStatus: item.status,
      effectiveDate: dateFromIso(item.today ?? todayIn(item.now)),
      reason: item.statusReason,
      changedById: item.actorId,
      changedAt: item.now,
    });
    changes.push({
      groupId: id,
      kind: item.changeKind,
      changedById: item.actorId,
      changedAt: item.now,
      fields: fieldsJson(item.fields),
    });
  }
  if (venues.length > 0) await tx.venue.createMany({ data: venues });
  await tx.group.createMany({ data: groups });
  await tx.groupStatusChange.createMany({ data: statusChanges });
  await tx.groupChange.createMany({ data: changes });
  return groups.map((group) => group.id!);
}

/** Throws StaleVersionError when the group is in the scope at another version; null when it is not there. */
async function staleOrMissing(tx: DbClient, scope: Scope, id: string, expectedVersion: number): Promise<null> {
  const exists = await tx.group.count({ where: { id, ...groupScopeWhere(scope) } });
  if (exists) throw new StaleVersionError('Group', id, expectedVersion);
  return null;
}

export async function updateGroup(
  tx: DbClient,
  scope: Scope,
  id: string,
  expectedVersion: number,
  update: GroupUpdate,
): Promise<GroupRecord | null> {
  const { data, now, actorId } = update;
  // The version-checked update goes first, so a stale edit writes nothing at all.
  const [row] = await tx.group.updateManyAndReturn({
    where: { id, version: expectedVersion, ...groupScopeWhere(scope) },
    data: { ...groupColumns(data), version: { increment: 1 }, updatedAt: now, updatedById: actorId },
  });
  if (!row) return staleOrMissing(tx, scope, id, expectedVersion);

  let venue = null;
  if (data.venue && row.venueId) {
    // In place: the venue keeps its id (partners will refer to venues).
    venue = await tx.venue.update({
      where: { id: row.venueId },
      data: { ...venueColumns(data.venue, data.districtId), updatedAt: now },
    });
  } else if (data.venue) {
    venue = await tx.venue.create({
      data: { ...venueColumns(data.venue, data.districtId), createdAt: now, updatedAt: now },
    });
    await tx.group.update({ where: { id }, data: { venueId: venue.id, updatedAt: now } });
  } else if (row.venueId) {
    // Now online only: unlink, and drop the venue unless something else still meets there.
    await tx.group.update({ where: { id }, data: { venueId: null, updatedAt: now } });
    await tx.venue.deleteMany({ where: { id: row.venueId, partnerId: null, groups: { none: {} } } });
  }
  await tx.groupChange.create({
    data: { groupId: id, kind: 'UPDATED', changedById: actorId, changedAt: now, fields: fieldsJson(update.fields) },
  });
  return toGroupRecord({ ...row, venueId: venue?.id ?? null, venue });
}

export async function changeGroupStatus(
  tx: DbClient,
  scope: Scope,
  id: string,
  expectedVersion: number,
  change: GroupStatusChangeInput,
): Promise<GroupRecord | null> {
  const current = await tx.group.findFirst({
    where: { id, ...groupScopeWhere(scope) },
    select: { version: true, status: true, nextFollowUpDue: true },
  });
  if (!current) return null;
  if (current.version !== expectedVersion) throw new StaleVersionError('Group', id, expectedVersion);

  const oldDue = optionalIsoFromDate(current.nextFollowUpDue);
  const newDue = change.nextFollowUpDue === undefined ? oldDue : change.nextFollowUpDue;
  const fields: FieldChange[] = [{ field: 'status', oldValue: current.status, newValue: change.to }];
  if (newDue !== oldDue) fields.push({ field: 'nextFollowUpDue', oldValue: oldDue, newValue: newDue });
  try {
    const row = await tx.group.update({
      // The version again: someone may have written between the read and this update.
      where: { id, version: expectedVersion },
      data: {
        status: change.to,
        statusChangedAt: change.now,
        nextFollowUpDue: optionalDateFromIso(newDue),
        version: { increment: 1 },
        updatedAt: change.now,
        updatedById: change.actorId,
        statusChanges: {
          create: {
            fromStatus: current.status,
            toStatus: change.to,
            effectiveDate: dateFromIso(change.effectiveDate),
            reason: change.reason,
            changedById: change.actorId,
            changedAt: change.now,
          },
        },
        changes: {
          create: {
            kind: 'STATUS_CHANGED',
            changedById: change.actorId,
            changedAt: change.now,
            fields: fieldsJson(fields),
          },
        },
      },
      include: { venue: true },
    });
    return toGroupRecord(row);
  } catch (error) {
    if (isRecordNotFound(error)) throw new StaleVersionError('Group', id, expectedVersion);
    throw error;
  }
}

export async function registerGroupFollowUp(
  tx: DbClient,
  scope: Scope,
  id: string,
  followUp: GroupFollowUpInput,
): Promise<GroupRecord | null> {
  // Bumping the version first takes the row lock, so the old due date read here is the one
  // this follow-up replaces even when two are registered at once.
  const [locked] = await tx.group.updateManyAndReturn({
    where: { id, ...groupScopeWhere(scope) },
    data: { version: { increment: 1 }, updatedAt: followUp.now, updatedById: followUp.actorId },
  });
  if (!locked) return null;
  const oldDue = optionalIsoFromDate(locked.nextFollowUpDue);
  const fields: FieldChange[] = [{ field: 'followUpDate', oldValue: null, newValue: followUp.date }];
  if (followUp.nextFollowUpDue !== oldDue)
    fields.push({ field: 'nextFollowUpDue', oldValue: oldDue, newValue: followUp.nextFollowUpDue });
  const row = await tx.group.update({
    where: { id },
    data: {
      nextFollowUpDue: optionalDateFromIso(followUp.nextFollowUpDue),
      updatedAt: followUp.now,
      followUps: {
        create: {
          date: dateFromIso(followUp.date),
          note: followUp.note,
          registeredById: followUp.actorId,
          createdAt: followUp.now,
        },
      },
      changes: {
        create: {
          kind: 'FOLLOW_UP',
          changedById: followUp.actorId,
          changedAt: followUp.now,
          fields: fieldsJson(fields),
        },
      },
    },
    include: { venue: true },
  });
  return toGroupRecord(row);
}
