import type {
  AccessLogEntryRecord,
  CaseInquiryExport,
  CaseNoteRecord,
  CaseReferralRecord,
  CaseStatusChangeRecord,
  FollowUpCaseRecord,
} from '@selvhjelp/db';
import { formatCaseReference } from '@selvhjelp/domain';

export interface ExportParts {
  exportedAt: Date;
  followUpCase: FollowUpCaseRecord;
  inquiry: CaseInquiryExport | null;
  notes: readonly CaseNoteRecord[];
  referrals: readonly CaseReferralRecord[];
  statusChanges: readonly CaseStatusChangeRecord[];
  accessLog: readonly AccessLogEntryRecord[];
  /** Names of the staff the document mentions (who read the case, who is responsible). */
  staffNames: ReadonlyMap<string, string>;
}

/**
 * The art. 15 document: what the district holds about the person in this case, and who has
 * read it. Plain JSON with the domain's codes; the lead hands it over with a cover letter.
 */
export function exportDocument(parts: ExportParts) {
  const { followUpCase: c, staffNames } = parts;
  const name = (id: string | null) => (id ? (staffNames.get(id) ?? null) : null);
  return {
    format: 'selvhjelp.follow-up-case-export/1',
    exportedAt: parts.exportedAt.toISOString(),
    followUpCase: {
      id: c.id,
      reference: formatCaseReference(c.reference),
      districtId: c.districtId,
      status: c.status,
      outcome: c.outcome,
      responsibleStaff: name(c.responsibleStaffUserId),
      peerId: c.peerId,
      peerMatchedOn: c.peerMatchedOn,
      openedOn: c.openedOn,
      nextFollowUpOn: c.nextFollowUpOn,
      closedOn: c.closedOn,
      anonymisedAt: c.anonymisedAt?.toISOString() ?? null,
    },
    inquiry: parts.inquiry && {
      ...parts.inquiry,
      anonymisedAt: parts.inquiry.anonymisedAt?.toISOString() ?? null,
      createdAt: parts.inquiry.createdAt.toISOString(),
    },
    consents: parts.inquiry?.consents ?? [],
    notes: parts.notes.map((note) => ({ date: note.date, text: note.text, author: name(note.authorId) })),
    referrals: parts.referrals.map((referral) => ({
      date: referral.date,
      resource: referral.referralResourceName,
      resourceType: referral.referralResourceType,
      note: referral.note,
    })),
    statusChanges: parts.statusChanges.map((change) => ({
      changedOn: change.changedOn,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      outcome: change.outcome,
    })),
    accessLog: parts.accessLog.map((entry) => ({
      occurredAt: entry.occurredAt.toISOString(),
      staff: name(entry.staffUserId),
      role: entry.role,
      actorDistrictId: entry.actorDistrictId,
      action: entry.action,
      outcome: entry.outcome,
      purpose: entry.purpose,
    })),
  };
}
