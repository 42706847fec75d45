import type { OutcomeFacts, Scope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { districtScopeSql } from '../../sql/client.js';
import type { DbClient } from '../../sql/client.js';
import { isUuid } from '../../sql/client.js';
import { groupScopeWhere } from '../groups/queries.js';
import type { NewOutcome, ActivityOutcomeRecord, OutreachActivityRecord } from './types.js';
import type { ActivityRow } from './queries.js';
import {
  ACTIVITY_INCLUDE,
  ACTIVITY_ORDER,
  activityScopeWhere,
  OUTCOME_INCLUDE,
  toActivityRecord,
  toOutcomeRecord,
} from './queries.js';
import { groupedBy, wantedIds } from '../../sql/lists.js';

/*
 * What came of an activity (a group started, a facilitator recruited, a new partner), and the
 * batched reads that connect activities, partners and groups for the pages that show them.
 */

export async function outcomesFor(
  client: DbClient,
  scope: Scope,
  activityIds: readonly string[],
): Promise<Map<string, ActivityOutcomeRecord[]>> {
  const ids = wantedIds(activityIds);
  const rows = ids.length
    ? await client.activityOutcome.findMany({
        where: { activityId: { in: ids }, activity: activityScopeWhere(scope) },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        include: OUTCOME_INCLUDE,
      })
    : [];
  return groupedBy(activityIds, rows.map(toOutcomeRecord), (row) => row.activityId);
}

/** Whether the outcome's target exists in the district; forgotten facilitators still do. */
async function targetExists(tx: DbClient, outcome: NewOutcome, districtId: string): Promise<boolean> {
  const id = outcome.data.targetId;
  if (!isUuid(id)) return false;
  switch (outcome.data.kind) {
    case 'GROUP_STARTED':
      return (await tx.group.count({ where: { id, districtId } })) > 0;
    case 'FACILITATOR_RECRUITED':
      return (await tx.facilitator.count({ where: { id, districtId } })) > 0;
    case 'NEW_PARTNER':
      return (await tx.partner.count({ where: { id, districtId } })) > 0;
  }
}

function targetColumns(outcome: NewOutcome) {
  const { kind, targetId } = outcome.data;
  return {
    groupId: kind === 'GROUP_STARTED' ? targetId : null,
    facilitatorId: kind === 'FACILITATOR_RECRUITED' ? targetId : null,
    partnerId: kind === 'NEW_PARTNER' ? targetId : null,
  };
}

/**
 * What the outcome rule (outcomeRefusal in the domain) needs, read after locking the activity row,
 * so two staff members linking the same target at once get one link and one refusal. Null when
 * the activity is missing or out of scope.
 */
export async function readOutcomeFacts(tx: DbClient, scope: Scope, outcome: NewOutcome): Promise<OutcomeFacts | null> {
  if (!isUuid(outcome.activityId)) return null;
  const [activity] = await tx.$queryRaw<{ district_id: string; status: OutcomeFacts['activityStatus'] }[]>(Prisma.sql`
    SELECT district_id, status::text AS status FROM outreach_activity
    WHERE id = ${outcome.activityId}::uuid AND ${districtScopeSql(scope, 'district_id')}
    FOR UPDATE`);
  if (!activity) return null;
  const targetInDistrict = await targetExists(tx, outcome, activity.district_id);
  // A target that does not exist (a malformed id among them) cannot be linked yet.
  const linked = targetInDistrict
    ? await tx.activityOutcome.count({
        where: { activityId: outcome.activityId, kind: outcome.data.kind, ...targetColumns(outcome) },
      })
    : 0;
  return { activityStatus: activity.status, targetInDistrict, alreadyLinked: linked > 0 };
}

/** Writes an outcome the rule allowed, in the transaction that read its facts (the unique indexes stay the last word). */
export async function addOutcome(tx: DbClient, outcome: NewOutcome): Promise<ActivityOutcomeRecord> {
  const row = await tx.activityOutcome.create({
    data: {
      activityId: outcome.activityId,
      kind: outcome.data.kind,
      ...targetColumns(outcome),
      note: outcome.data.note,
      createdAt: outcome.now,
    },
    include: OUTCOME_INCLUDE,
  });
  return toOutcomeRecord(row);
}

export async function removeOutcome(tx: DbClient, scope: Scope, id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const found = await tx.activityOutcome.findFirst({
    where: { id, activity: activityScopeWhere(scope) },
    select: { activityId: true },
  });
  if (!found) return null;
  await tx.activityOutcome.deleteMany({ where: { id } });
  return found.activityId;
}

export async function activitiesOfPartners(
  client: DbClient,
  scope: Scope,
  partnerIds: readonly string[],
): Promise<Map<string, OutreachActivityRecord[]>> {
  const ids = wantedIds(partnerIds);
  const rows: ActivityRow[] = ids.length
    ? await client.outreachActivity.findMany({
        where: { partners: { some: { partnerId: { in: ids } } }, ...activityScopeWhere(scope) },
        orderBy: ACTIVITY_ORDER,
        include: ACTIVITY_INCLUDE,
      })
    : [];
  const map = new Map<string, OutreachActivityRecord[]>(partnerIds.map((id) => [id, []]));
  for (const record of rows.map(toActivityRecord)) {
    for (const partnerId of record.partnerIds) map.get(partnerId)?.push(record);
  }
  return map;
}

export async function groupsStartedWithPartners(
  client: DbClient,
  scope: Scope,
  partnerIds: readonly string[],
): Promise<Map<string, string[]>> {
  const ids = wantedIds(partnerIds);
  const rows = ids.length
    ? await client.activityOutcome.findMany({
        where: {
          kind: 'GROUP_STARTED',
          activity: { partners: { some: { partnerId: { in: ids } } }, ...activityScopeWhere(scope) },
          group: groupScopeWhere(scope),
        },
        select: {
          groupId: true,
          group: { select: { name: true } },
          activity: { select: { partners: { where: { partnerId: { in: ids } }, select: { partnerId: true } } } },
        },
        orderBy: [{ group: { name: 'asc' } }, { groupId: 'asc' }],
      })
    : [];
  const map = new Map<string, string[]>(partnerIds.map((id) => [id, []]));
  for (const row of rows) {
    for (const { partnerId } of row.activity.partners) {
      const groups = map.get(partnerId);
      if (groups && !groups.includes(row.groupId!)) groups.push(row.groupId!);
    }
  }
  return map;
}

export async function originActivitiesOfGroups(
  client: DbClient,
  scope: Scope,
  groupIds: readonly string[],
): Promise<Map<string, OutreachActivityRecord[]>> {
  const ids = wantedIds(groupIds);
  const rows = ids.length
    ? await client.outreachActivity.findMany({
        where: { outcomes: { some: { kind: 'GROUP_STARTED', groupId: { in: ids } } }, ...activityScopeWhere(scope) },
        orderBy: ACTIVITY_ORDER,
        include: {
          ...ACTIVITY_INCLUDE,
          outcomes: { where: { kind: 'GROUP_STARTED', groupId: { in: ids } }, select: { groupId: true } },
        },
      })
    : [];
  const map = new Map<string, OutreachActivityRecord[]>(groupIds.map((id) => [id, []]));
  for (const row of rows) {
    const record = toActivityRecord(row);
    for (const { groupId } of row.outcomes) map.get(groupId!)?.push(record);
  }
  return map;
}
