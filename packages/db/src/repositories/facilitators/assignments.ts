import type { AssignmentFacts, IsoDate, Scope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import type { DbClient } from '../../sql/client.js';
import { districtScopeSql } from '../../sql/client.js';
import { refresherIntervals } from '../districts/settings.js';
import { facilitatorScopeWhere } from './queries.js';
import type { FacilitatorAssignmentRecord, AssignFacilitatorInput } from './types.js';
import { QUALIFYING_COMPLETIONS, toAssignmentRecord, toFacilitatorRecord } from './records.js';
import { dateFromIso } from '../../sql/dates.js';

/**
 * What the assignment rule (facilitatorAssignmentRefusal in the domain) needs, read after locking
 * the group row, so that two staff members assigning at once cannot give a group a third
 * facilitator. Call it and `createAssignment` in one transaction. Null when the group or the
 * facilitator is missing or outside the scope.
 */
export async function readAssignmentFacts(
  tx: DbClient,
  scope: Scope,
  input: AssignFacilitatorInput,
): Promise<AssignmentFacts | null> {
  const [group] = await tx.$queryRaw<{ district_id: string; status: string }[]>(Prisma.sql`
    SELECT district_id, status::text AS status FROM self_help_group
    WHERE id = ${input.groupId}::uuid AND ${districtScopeSql(scope, 'district_id')}
    FOR UPDATE`);
  if (!group) return null;
  const row = await tx.facilitator.findFirst({
    where: { id: input.facilitatorId, ...facilitatorScopeWhere(scope) },
    include: QUALIFYING_COMPLETIONS,
  });
  if (!row) return null;
  const facilitator = toFacilitatorRecord(row, input.fromDate, await refresherIntervals(tx, [row.districtId]));
  const open = await tx.facilitatorAssignment.findMany({
    where: { groupId: input.groupId, toDate: null },
    select: { facilitatorId: true },
  });
  return {
    groupStatus: group.status,
    facilitatorForgotten: row.forgottenAt !== null,
    sameDistrict: row.districtId === group.district_id,
    qualification: facilitator.qualification.status,
    assignedFacilitatorIds: open.map((assignment) => assignment.facilitatorId),
    facilitatorId: input.facilitatorId,
  };
}

/** Writes the assignment the rule allowed (see readAssignmentFacts). */
export async function createAssignment(
  tx: DbClient,
  input: AssignFacilitatorInput,
): Promise<FacilitatorAssignmentRecord> {
  const created = await tx.facilitatorAssignment.create({
    data: {
      facilitatorId: input.facilitatorId,
      groupId: input.groupId,
      role: input.role,
      fromDate: dateFromIso(input.fromDate),
    },
  });
  return toAssignmentRecord(created);
}

/** Ends the group's open assignments on `date` (never before an assignment's own first day). */
export function endAssignments(tx: DbClient, scope: Scope, groupId: string, date: IsoDate): Promise<number> {
  dateFromIso(date);
  return tx.$executeRaw(Prisma.sql`
    UPDATE facilitator_assignment AS a SET to_date = GREATEST(a.from_date, ${date}::date)
    FROM self_help_group AS g
    WHERE a.group_id = g.id AND a.group_id = ${groupId}::uuid AND a.to_date IS NULL
      AND ${districtScopeSql(scope, 'g.district_id')}`);
}
