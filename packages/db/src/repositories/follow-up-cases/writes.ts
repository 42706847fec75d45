import { randomUUID } from 'node:crypto';
import type { CaseStatus, DistrictId, Scope } from '@selvhjelp/domain';
import { generateCaseReference } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { StaleVersionError, UniqueViolationError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { districtScopeSql, isUuid } from '../../sql/client.js';
import { dateFromIso, optionalDateFromIso } from '../../sql/dates.js';
import { caseScopeWhere, inquiryScopeWhere, toCaseRecord } from './records.js';
import type {
  CaseOpeningFacts,
  CaseStatusWrite,
  CaseUpdate,
  CaseWriteFacts,
  FollowUpCaseRecord,
  NewFollowUpCase,
} from './types.js';

/*
 * Opening a case, changing its status, its responsible staff member and next follow-up. The
 * facts are read under a row lock (the inquiry's, the case's), so two writes of one record run
 * one after the other and the domain's rule decides on what the write will find.
 */

/** Draws before giving up: at 27^8 references, a second clash in a row means a broken random source. */
const REFERENCE_DRAWS = 5;

/** Active staff of the district (staff or lead) among the given ids. */
export async function activeDistrictStaff(
  tx: DbClient,
  districtId: string,
  staffUserIds: readonly string[],
  roles: readonly ('DISTRICT_STAFF' | 'DISTRICT_LEAD')[] = ['DISTRICT_STAFF', 'DISTRICT_LEAD'],
): Promise<Set<string>> {
  const ids = staffUserIds.filter(isUuid);
  if (ids.length === 0) return new Set();
  const rows = await tx.staffUser.findMany({
    where: { id: { in: ids }, districtId, active: true, role: { in: [...roles] } },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

interface LockedInquiry {
  district_id: string;
  anonymised: boolean;
  has_case: boolean;
}

export async function readOpeningFacts(
  tx: DbClient,
  scope: Scope,
  inquiryId: string,
  responsibleStaffUserId: string,
): Promise<CaseOpeningFacts | null> {
  if (!isUuid(inquiryId)) return null;
  const [inquiry] = await tx.$queryRaw<LockedInquiry[]>(Prisma.sql`
    SELECT i.district_id, i.anonymised_at IS NOT NULL AS anonymised,
           EXISTS (SELECT 1 FROM follow_up_case c WHERE c.inquiry_id = i.id) AS has_case
    FROM inquiry i
    WHERE i.id = ${inquiryId}::uuid AND ${districtScopeSql(scope, 'i.district_id')}
    FOR UPDATE OF i`);
  if (!inquiry) return null;
  const staff = await activeDistrictStaff(tx, inquiry.district_id, [responsibleStaffUserId]);
  return {
    inquiryDistrictId: inquiry.district_id as DistrictId,
    inquiryHasCase: inquiry.has_case,
    inquiryAnonymised: inquiry.anonymised,
    responsibleInDistrict: staff.size > 0,
  };
}

/**
 * The case with a fresh random reference and its first status change. Null when the inquiry is
 * missing or out of scope. The reference index decides a clash and another reference is drawn;
 * the inquiry index refuses a second case for one inquiry (UniqueViolationError('inquiryId')).
 */
export async function openCase(tx: DbClient, scope: Scope, open: NewFollowUpCase): Promise<FollowUpCaseRecord | null> {
  if (!isUuid(open.inquiryId)) return null;
  const inquiry = await tx.inquiry.findFirst({
    where: { id: open.inquiryId, ...inquiryScopeWhere(scope) },
    select: { districtId: true },
  });
  if (!inquiry) return null;
  const draw = open.drawReference ?? (() => generateCaseReference());
  const id = randomUUID();
  for (let attempt = 0; attempt < REFERENCE_DRAWS; attempt += 1) {
    // ON CONFLICT without a target: neither clash aborts the caller's transaction; which one it
    // was is read afterwards.
    const inserted = await tx.$executeRaw(Prisma.sql`
      INSERT INTO follow_up_case (id, district_id, reference, inquiry_id, status, responsible_staff_user_id,
                                  next_follow_up_on, opened_on, version, created_by_id, created_at, updated_at)
      VALUES (${id}::uuid, ${inquiry.districtId}, ${draw()}, ${open.inquiryId}::uuid, 'OPEN',
              ${open.responsibleStaffUserId}::uuid, ${open.nextFollowUpOn}::date, ${open.openedOn}::date, 1,
              ${open.actorId}::uuid, ${open.now.toISOString()}::timestamptz, ${open.now.toISOString()}::timestamptz)
      ON CONFLICT DO NOTHING`);
    if (inserted === 0) {
      const taken = await tx.followUpCase.count({ where: { inquiryId: open.inquiryId } });
      if (taken) throw new UniqueViolationError('inquiryId');
      continue;
    }
    await tx.caseStatusChange.create({
      data: {
        caseId: id,
        fromStatus: null,
        toStatus: 'OPEN',
        changedOn: dateFromIso(open.openedOn),
        staffUserId: open.actorId,
        createdAt: open.now,
      },
    });
    return toCaseRecord(await tx.followUpCase.findUniqueOrThrow({ where: { id } }));
  }
  throw new RangeError(`No free case reference in ${REFERENCE_DRAWS} draws: is the random source broken?`);
}

interface LockedCase {
  district_id: string;
  status: CaseStatus;
  anonymised: boolean;
  version: number;
  next_follow_up_on: string | null;
  responsible_staff_user_id: string;
}

/** Locks the case; null when missing or out of scope; StaleVersionError when `expectedVersion` (if given) moved. */
export async function readWriteFacts(
  tx: DbClient,
  scope: Scope,
  id: string,
  expectedVersion: number | null,
): Promise<CaseWriteFacts | null> {
  if (!isUuid(id)) return null;
  const [row] = await tx.$queryRaw<LockedCase[]>(Prisma.sql`
    SELECT district_id, status::text AS status, anonymised_at IS NOT NULL AS anonymised, version,
           to_char(next_follow_up_on, 'YYYY-MM-DD') AS next_follow_up_on,
           responsible_staff_user_id::text AS responsible_staff_user_id
    FROM follow_up_case
    WHERE id = ${id}::uuid AND ${districtScopeSql(scope, 'district_id')}
    FOR UPDATE`);
  if (!row) return null;
  if (expectedVersion !== null && row.version !== expectedVersion)
    throw new StaleVersionError('FollowUpCase', id, expectedVersion);
  return {
    districtId: row.district_id as DistrictId,
    status: row.status,
    anonymised: row.anonymised,
    version: row.version,
    nextFollowUpOn: row.next_follow_up_on,
    responsibleStaffUserId: row.responsible_staff_user_id,
  };
}

/** The case at `expectedVersion`, changed by `data` with its version bumped; null when missing; StaleVersionError. */
async function updateAtVersion(
  tx: DbClient,
  scope: Scope,
  id: string,
  expectedVersion: number,
  data: Prisma.FollowUpCaseUncheckedUpdateManyInput,
): Promise<FollowUpCaseRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await tx.followUpCase.updateManyAndReturn({
    where: { id, version: expectedVersion, ...caseScopeWhere(scope) },
    data: { ...data, version: { increment: 1 } },
  });
  if (row) return toCaseRecord(row);
  const exists = await tx.followUpCase.count({ where: { id, ...caseScopeWhere(scope) } });
  if (exists) throw new StaleVersionError('FollowUpCase', id, expectedVersion);
  return null;
}

/**
 * Writes a status change the lifecycle allowed: the case (status, outcome, closed day, next
 * follow-up), the change's row, and the outcome's few words as a note of the effective day.
 */
export async function changeStatus(
  tx: DbClient,
  scope: Scope,
  id: string,
  expectedVersion: number,
  change: CaseStatusWrite,
): Promise<FollowUpCaseRecord | null> {
  const before = await readWriteFacts(tx, scope, id, expectedVersion);
  if (!before) return null;
  const closing = change.status === 'CLOSED';
  const updated = await updateAtVersion(tx, scope, id, expectedVersion, {
    status: change.status,
    outcome: closing ? change.outcome : null,
    closedOn: closing ? dateFromIso(change.effectiveDate) : null,
    nextFollowUpOn: optionalDateFromIso(change.nextFollowUpOn),
    updatedAt: change.now,
  });
  if (!updated) return null;
  await tx.caseStatusChange.create({
    data: {
      caseId: id,
      fromStatus: before.status,
      toStatus: change.status,
      outcome: closing ? change.outcome : null,
      changedOn: dateFromIso(change.effectiveDate),
      staffUserId: change.actorId,
      createdAt: change.now,
    },
  });
  if (change.outcomeNote) {
    await tx.caseNote.create({
      data: {
        caseId: id,
        date: dateFromIso(change.effectiveDate),
        text: change.outcomeNote,
        authorId: change.actorId,
        createdAt: change.now,
      },
    });
  }
  return updated;
}

export function updateCase(
  tx: DbClient,
  scope: Scope,
  id: string,
  expectedVersion: number,
  update: CaseUpdate,
): Promise<FollowUpCaseRecord | null> {
  return updateAtVersion(tx, scope, id, expectedVersion, {
    responsibleStaffUserId: update.responsibleStaffUserId,
    nextFollowUpOn: optionalDateFromIso(update.nextFollowUpOn),
    updatedAt: update.now,
  });
}
