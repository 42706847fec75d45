import type { Scope } from '@selvhjelp/domain';
import type { DbClient } from '../../sql/client.js';
import { isUuid } from '../../sql/client.js';
import { dateFromIso, optionalDateFromIso } from '../../sql/dates.js';
import { groupedBy, wantedIds } from '../../sql/lists.js';
import {
  caseScopeWhere,
  REFERRAL_INCLUDE,
  toCaseRecord,
  toGrantRecord,
  toNoteRecord,
  toReferralRecord,
  toStatusChangeRecord,
  WITH_CASE_DISTRICT,
} from './records.js';
import type {
  CaseNoteGrantRecord,
  CaseNoteRecord,
  CaseReferralRecord,
  CaseStatusChangeRecord,
  FollowUpCaseRecord,
  NewCaseNote,
  NewCaseNoteGrant,
  NewCaseReferral,
} from './types.js';
import { activeDistrictStaff } from './writes.js';

/*
 * What hangs on a case: its status changes, notes, referrals and note grants. Reads are batched
 * per case (one query for any number of cases, for the gateway's loaders); writes check the case
 * is in scope first.
 */

async function caseInScope(tx: DbClient, scope: Scope, caseId: string): Promise<{ districtId: string } | null> {
  if (!isUuid(caseId)) return null;
  return tx.followUpCase.findFirst({ where: { id: caseId, ...caseScopeWhere(scope) }, select: { districtId: true } });
}

export async function statusChangesOfCases(
  client: DbClient,
  scope: Scope,
  caseIds: readonly string[],
): Promise<Map<string, CaseStatusChangeRecord[]>> {
  const ids = wantedIds(caseIds);
  const rows = ids.length
    ? await client.caseStatusChange.findMany({
        where: { caseId: { in: ids }, followUpCase: caseScopeWhere(scope) },
        include: WITH_CASE_DISTRICT,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      })
    : [];
  return groupedBy(caseIds, rows.map(toStatusChangeRecord), (row) => row.caseId);
}

/** Newest first (date, then when written). */
export async function notesOfCases(
  client: DbClient,
  scope: Scope,
  caseIds: readonly string[],
): Promise<Map<string, CaseNoteRecord[]>> {
  const ids = wantedIds(caseIds);
  const rows = ids.length
    ? await client.caseNote.findMany({
        where: { caseId: { in: ids }, followUpCase: caseScopeWhere(scope) },
        include: WITH_CASE_DISTRICT,
        orderBy: [{ date: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
      })
    : [];
  return groupedBy(caseIds, rows.map(toNoteRecord), (row) => row.caseId);
}

/**
 * The note, and the case as it is after it (a next follow-up given moves the case's and bumps its
 * version). Null when the case is missing or out of scope.
 */
export async function addNote(
  tx: DbClient,
  scope: Scope,
  caseId: string,
  note: NewCaseNote,
): Promise<{ note: CaseNoteRecord; followUpCase: FollowUpCaseRecord } | null> {
  const found = await caseInScope(tx, scope, caseId);
  if (!found) return null;
  const row = await tx.caseNote.create({
    data: {
      caseId,
      date: dateFromIso(note.date),
      text: note.text,
      authorId: note.authorId,
      createdAt: note.now,
    },
    include: WITH_CASE_DISTRICT,
  });
  const followUpCase =
    note.nextFollowUpOn === null
      ? await tx.followUpCase.findUniqueOrThrow({ where: { id: caseId } })
      : await tx.followUpCase.update({
          where: { id: caseId },
          data: {
            nextFollowUpOn: optionalDateFromIso(note.nextFollowUpOn),
            version: { increment: 1 },
            updatedAt: note.now,
          },
        });
  return { note: toNoteRecord(row), followUpCase: toCaseRecord(followUpCase) };
}

/** Whether the resource is of the case's district and still offered; null when the case is missing. */
export async function readReferralFacts(
  tx: DbClient,
  scope: Scope,
  caseId: string,
  referralResourceId: string,
): Promise<{ resourceInDistrict: boolean; resourceArchived: boolean } | null> {
  const found = await caseInScope(tx, scope, caseId);
  if (!found) return null;
  const resource = isUuid(referralResourceId)
    ? await tx.referralResource.findFirst({
        where: { id: referralResourceId, districtId: found.districtId },
        select: { archivedAt: true },
      })
    : null;
  return { resourceInDistrict: resource !== null, resourceArchived: resource?.archivedAt != null };
}

/** Null when the case is missing or out of scope, or the resource is not of the case's district. */
export async function addReferral(
  tx: DbClient,
  scope: Scope,
  caseId: string,
  referral: NewCaseReferral,
): Promise<CaseReferralRecord | null> {
  const found = await caseInScope(tx, scope, caseId);
  if (!found || !isUuid(referral.referralResourceId)) return null;
  const resource = await tx.referralResource.count({
    where: { id: referral.referralResourceId, districtId: found.districtId },
  });
  if (!resource) return null;
  const row = await tx.caseReferral.create({
    data: {
      caseId,
      referralResourceId: referral.referralResourceId,
      date: dateFromIso(referral.date),
      note: referral.note,
      staffUserId: referral.staffUserId,
      createdAt: referral.now,
    },
    include: REFERRAL_INCLUDE,
  });
  return toReferralRecord(row);
}

/** Newest first. */
export async function referralsOfCases(
  client: DbClient,
  scope: Scope,
  caseIds: readonly string[],
): Promise<Map<string, CaseReferralRecord[]>> {
  const ids = wantedIds(caseIds);
  const rows = ids.length
    ? await client.caseReferral.findMany({
        where: { caseId: { in: ids }, followUpCase: caseScopeWhere(scope) },
        include: REFERRAL_INCLUDE,
        orderBy: [{ date: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
      })
    : [];
  return groupedBy(caseIds, rows.map(toReferralRecord), (row) => row.caseId);
}

/** Whether the staff member can be granted the case's notes (active DISTRICT_STAFF of its district). */
export async function readGrantFacts(
  tx: DbClient,
  scope: Scope,
  caseId: string,
  staffUserId: string,
): Promise<{ granteeIsDistrictStaff: boolean; anonymised: boolean } | null> {
  if (!isUuid(caseId)) return null;
  const found = await tx.followUpCase.findFirst({
    where: { id: caseId, ...caseScopeWhere(scope) },
    select: { districtId: true, anonymisedAt: true },
  });
  if (!found) return null;
  const staff = await activeDistrictStaff(tx, found.districtId, [staffUserId], ['DISTRICT_STAFF']);
  return { granteeIsDistrictStaff: staff.size > 0, anonymised: found.anonymisedAt !== null };
}

/** Null when the case is missing or out of scope. */
export async function grantNotes(
  tx: DbClient,
  scope: Scope,
  caseId: string,
  grant: NewCaseNoteGrant,
): Promise<CaseNoteGrantRecord | null> {
  const found = await caseInScope(tx, scope, caseId);
  if (!found || !isUuid(grant.staffUserId)) return null;
  const row = await tx.caseNoteGrant.create({
    data: {
      caseId,
      staffUserId: grant.staffUserId,
      grantedById: grant.grantedById,
      grantedAt: grant.now,
      expiresAt: grant.expiresAt,
    },
    include: WITH_CASE_DISTRICT,
  });
  return toGrantRecord(row);
}

/** Ends the grant now; a grant already revoked keeps its first revocation. Null when missing or out of scope. */
export async function revokeGrant(
  tx: DbClient,
  scope: Scope,
  grantId: string,
  now: Date,
): Promise<CaseNoteGrantRecord | null> {
  if (!isUuid(grantId)) return null;
  await tx.caseNoteGrant.updateMany({
    where: { id: grantId, revokedAt: null, followUpCase: caseScopeWhere(scope) },
    data: { revokedAt: now },
  });
  const row = await tx.caseNoteGrant.findFirst({
    where: { id: grantId, followUpCase: caseScopeWhere(scope) },
    include: WITH_CASE_DISTRICT,
  });
  return row && toGrantRecord(row);
}

export async function grantsByIds(
  client: DbClient,
  scope: Scope,
  ids: readonly string[],
): Promise<(CaseNoteGrantRecord | null)[]> {
  const wanted = wantedIds(ids);
  const rows = wanted.length
    ? await client.caseNoteGrant.findMany({
        where: { id: { in: wanted }, followUpCase: caseScopeWhere(scope) },
        include: WITH_CASE_DISTRICT,
      })
    : [];
  const byId = new Map(rows.map((row) => [row.id, toGrantRecord(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Every grant of each case, revoked and expired ones too, newest first. */
export async function grantsOfCases(
  client: DbClient,
  scope: Scope,
  caseIds: readonly string[],
): Promise<Map<string, CaseNoteGrantRecord[]>> {
  const ids = wantedIds(caseIds);
  const rows = ids.length
    ? await client.caseNoteGrant.findMany({
        where: { caseId: { in: ids }, followUpCase: caseScopeWhere(scope) },
        include: WITH_CASE_DISTRICT,
        orderBy: [{ grantedAt: 'desc' }, { id: 'asc' }],
      })
    : [];
  return groupedBy(caseIds, rows.map(toGrantRecord), (row) => row.caseId);
}

/**
 * Until when the staff member may read each case's notes by a grant: the latest end of a grant
 * not revoked and running at `now`; absent when there is none. One query.
 */
export async function noteGrantsUntil(
  client: DbClient,
  scope: Scope,
  caseIds: readonly string[],
  staffUserId: string,
  now: Date,
): Promise<Map<string, Date>> {
  const ids = wantedIds(caseIds);
  if (ids.length === 0 || !isUuid(staffUserId)) return new Map();
  const rows = await client.caseNoteGrant.groupBy({
    by: ['caseId'],
    where: {
      caseId: { in: ids },
      staffUserId,
      revokedAt: null,
      expiresAt: { gt: now },
      followUpCase: caseScopeWhere(scope),
    },
    _max: { expiresAt: true },
  });
  return new Map(rows.flatMap((row) => (row._max.expiresAt ? [[row.caseId, row._max.expiresAt] as const] : [])));
}
