import type { IsoDate, Scope } from '@selvhjelp/domain';
import { assignmentRefusal, MAX_FACILITATORS_PER_GROUP } from '@selvhjelp/domain';
import { Prisma } from '../generated/prisma/client.js';
import { TrainingRuleError } from '../errors.js';
import type { DbClient } from './client.js';
import { districtScopeSql } from './client.js';
import { refresherIntervals } from './district-settings.js';
import { facilitatorScopeWhere } from './facilitator-queries.js';
import type { FacilitatorAssignmentRecord } from './facilitator-records.js';
import { QUALIFYING_COMPLETIONS, toAssignmentRecord, toFacilitatorRecord } from './facilitator-records.js';
import { dateFromIso } from './group-dates.js';

export interface AssignFacilitatorInput {
  facilitatorId: string;
  groupId: string;
  /** Free text, e.g. "igangsetter", "medhjelper". */
  role: string;
  /** First day; qualification is judged on this day. */
  fromDate: IsoDate;
}

/**
 * The group row is locked first, so two staff members assigning at once cannot give a group a
 * third facilitator; the checks then read committed rows.
 */
export async function assignFacilitator(tx: DbClient, scope: Scope, input: AssignFacilitatorInput): Promise<FacilitatorAssignmentRecord | null> {
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
  if (group.status !== 'STARTING') throw new TrainingRuleError('GROUP_NOT_STARTING');
  if (row.forgottenAt) throw new TrainingRuleError('FACILITATOR_FORGOTTEN');
  if (row.districtId !== group.district_id) throw new TrainingRuleError('FACILITATOR_OTHER_DISTRICT');
  const facilitator = toFacilitatorRecord(row, input.fromDate, await refresherIntervals(tx, [row.districtId]));
  const refusal = assignmentRefusal(facilitator.qualification.status);
  if (refusal) throw new TrainingRuleError('FACILITATOR_NOT_QUALIFIED', refusal);

  const open = await tx.facilitatorAssignment.findMany({ where: { groupId: input.groupId, toDate: null }, select: { facilitatorId: true } });
  if (open.some((assignment) => assignment.facilitatorId === input.facilitatorId)) throw new TrainingRuleError('ALREADY_ASSIGNED');
  if (open.length >= MAX_FACILITATORS_PER_GROUP) throw new TrainingRuleError('GROUP_HAS_ENOUGH_FACILITATORS');
  const created = await tx.facilitatorAssignment.create({
    data: { facilitatorId: input.facilitatorId, groupId: input.groupId, role: input.role, fromDate: dateFromIso(input.fromDate) },
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
