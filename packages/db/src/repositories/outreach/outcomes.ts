import type { Scope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { NetworkRuleError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { isUuid } from '../../sql/client.js';
import { groupScopeWhere } from '../groups/queries.js';
import type { NewOutcome, ActivityOutcomeRecord, OutreachActivityRecord } from './types.js';
import type { ActivityRow } from './queries.js';
import { ACTIVITY_INCLUDE, ACTIVITY_ORDER, activityScopeWhere, OUTCOME_INCLUDE, toActivityRecord, toOutcomeRecord } from './queries.js';
import { groupedBy, wantedIds } from '../../sql/lists.js';

/*
 * What came of an activity (a group started, a facilitator recruited, a new partner), and the
 * batched reads that connect activities, partners and groups for the pages that show them.
 */

export async function outcomesFor(client: DbClient, scope: Scope, activityIds: readonly string[]): Promise<Map<string, ActivityOutcomeRecord[]>> {
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

export async function addOutcome(tx: DbClient, scope: Scope, outcome: NewOutcome): Promise<ActivityOutcomeRecord | null> {
  if (!isUuid(outcome.activityId)) return null;
  const activity = await tx.outreachActivity.findFirst({
    where: { id: outcome.activityId, ...activityScopeWhere(scope) },
    select: { districtId: true, status: true },
  });
  if (!activity) return null;
  if (activity.status !== 'COMPLETED') throw new NetworkRuleError('ACTIVITY_NOT_COMPLETED');
  if (!(await targetExists(tx, outcome, activity.districtId))) throw new NetworkRuleError('OUTCOME_TARGET_NOT_FOUND');
  const target = targetColumns(outcome);
  // Checked first so a caller's transaction is not aborted; the unique indexes decide under concurrency.
  const linked = await tx.activityOutcome.count({ where: { activityId: outcome.activityId, kind: outcome.data.kind, ...target } });
  if (linked) throw new NetworkRuleError('OUTCOME_ALREADY_LINKED');
  try {
    const row = await tx.activityOutcome.create({
      data: { activityId: outcome.activityId, kind: outcome.data.kind, ...target, note: outcome.data.note, createdAt: outcome.now },
      include: OUTCOME_INCLUDE,
    });
    return toOutcomeRecord(row);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new NetworkRuleError('OUTCOME_ALREADY_LINKED');
    throw error;
  }
}

export async function removeOutcome(tx: DbClient, scope: Scope, id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const found = await tx.activityOutcome.findFirst({ where: { id, activity: activityScopeWhere(scope) }, select: { activityId: true } });
  if (!found) return null;
  await tx.activityOutcome.deleteMany({ where: { id } });
  return found.activityId;
}

export async function activitiesOfPartners(client: DbClient, scope: Scope, partnerIds: readonly string[]): Promise<Map<string, OutreachActivityRecord[]>> {
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

export async function groupsStartedWithPartners(client: DbClient, scope: Scope, partnerIds: readonly string[]): Promise<Map<string, string[]>> {
  const ids = wantedIds(partnerIds);
  const rows = ids.length
    ? await client.activityOutcome.findMany({
        where: {
          kind: 'GROUP_STARTED',
          activity: { partners: { some: { partnerId: { in: ids } } }, ...activityScopeWhere(scope) },
          group: groupScopeWhere(scope),
        },
        select: { groupId: true, group: { select: { name: true } }, activity: { select: { partners: { where: { partnerId: { in: ids } }, select: { partnerId: true } } } } },
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

export async function originActivitiesOfGroups(client: DbClient, scope: Scope, groupIds: readonly string[]): Promise<Map<string, OutreachActivityRecord[]>> {
  const ids = wantedIds(groupIds);
  const rows = ids.length
    ? await client.outreachActivity.findMany({
        where: { outcomes: { some: { kind: 'GROUP_STARTED', groupId: { in: ids } } }, ...activityScopeWhere(scope) },
        orderBy: ACTIVITY_ORDER,
        include: { ...ACTIVITY_INCLUDE, outcomes: { where: { kind: 'GROUP_STARTED', groupId: { in: ids } }, select: { groupId: true } } },
      })
    : [];
  const map = new Map<string, OutreachActivityRecord[]>(groupIds.map((id) => [id, []]));
  for (const row of rows) {
    const record = toActivityRecord(row);
    for (const { groupId } of row.outcomes) map.get(groupId!)?.push(record);
  }
  return map;
}
