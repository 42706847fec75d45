import type { DistrictId, ReferralResourceType, Scope } from '@selvhjelp/domain';
import { districtIdsInScope } from '@selvhjelp/domain';
import type {
  CaseNote,
  CaseNoteGrant,
  CaseReferral,
  CaseStatusChange,
  FollowUpCase,
  Prisma,
} from '../../generated/prisma/client.js';
import { isoFromDate, optionalIsoFromDate } from '../../sql/dates.js';
import type {
  CaseNoteGrantRecord,
  CaseNoteRecord,
  CaseReferralRecord,
  CaseStatusChangeRecord,
  FollowUpCaseRecord,
} from './types.js';

/*
 * Scope conditions and row → record mapping of follow-up cases. Notes, referrals, status changes
 * and grants have no district column: they are scoped through their case.
 */

export function caseScopeWhere(scope: Scope): Prisma.FollowUpCaseWhereInput {
  return scope.kind === 'national' ? {} : { districtId: { in: [...districtIdsInScope(scope)] } };
}

export function inquiryScopeWhere(scope: Scope): Prisma.InquiryWhereInput {
  return scope.kind === 'national' ? {} : { districtId: { in: [...districtIdsInScope(scope)] } };
}

/** Rows of a case's children, with the case's district for the record. */
export const WITH_CASE_DISTRICT = { followUpCase: { select: { districtId: true } } } as const;
type WithCaseDistrict = { followUpCase: { districtId: string } };

// Written only through the repositories, which accept known district ids only.
const district = (id: string) => id as DistrictId;

export function toCaseRecord(row: FollowUpCase): FollowUpCaseRecord {
  return {
    id: row.id,
    districtId: district(row.districtId),
    reference: row.reference,
    inquiryId: row.inquiryId,
    status: row.status,
    outcome: row.outcome,
    responsibleStaffUserId: row.responsibleStaffUserId,
    peerId: row.peerId,
    peerMatchedOn: optionalIsoFromDate(row.peerMatchedOn),
    nextFollowUpOn: optionalIsoFromDate(row.nextFollowUpOn),
    openedOn: isoFromDate(row.openedOn),
    closedOn: optionalIsoFromDate(row.closedOn),
    anonymisedAt: row.anonymisedAt,
    version: row.version,
    createdById: row.createdById,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toStatusChangeRecord(row: CaseStatusChange & WithCaseDistrict): CaseStatusChangeRecord {
  return {
    id: row.id,
    caseId: row.caseId,
    districtId: district(row.followUpCase.districtId),
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    outcome: row.outcome,
    changedOn: isoFromDate(row.changedOn),
    staffUserId: row.staffUserId,
    createdAt: row.createdAt,
  };
}

export function toNoteRecord(row: CaseNote & WithCaseDistrict): CaseNoteRecord {
  return {
    id: row.id,
    caseId: row.caseId,
    districtId: district(row.followUpCase.districtId),
    date: isoFromDate(row.date),
    text: row.text,
    authorId: row.authorId,
    createdAt: row.createdAt,
  };
}

export const REFERRAL_INCLUDE = {
  ...WITH_CASE_DISTRICT,
  referralResource: { select: { name: true, type: true } },
} as const;

export function toReferralRecord(
  row: CaseReferral & WithCaseDistrict & { referralResource: { name: string; type: string } },
): CaseReferralRecord {
  return {
    id: row.id,
    caseId: row.caseId,
    districtId: district(row.followUpCase.districtId),
    referralResourceId: row.referralResourceId,
    referralResourceName: row.referralResource.name,
    referralResourceType: row.referralResource.type as ReferralResourceType,
    date: isoFromDate(row.date),
    note: row.note,
    staffUserId: row.staffUserId,
    createdAt: row.createdAt,
  };
}

export function toGrantRecord(row: CaseNoteGrant & WithCaseDistrict): CaseNoteGrantRecord {
  return {
    id: row.id,
    caseId: row.caseId,
    districtId: district(row.followUpCase.districtId),
    staffUserId: row.staffUserId,
    grantedById: row.grantedById,
    grantedAt: row.grantedAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
  };
}
