import { findDistrict, formatCaseReference } from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { present, toConnection } from '../../kernel/support.js';

export const followUpCaseResolvers: Resolvers = {
  Query: {
    followUpCases: async (_parent, args, ctx) => toConnection(await ctx.followUpCases().list(args)),
    followUpCase: (_parent, { id }, ctx) => ctx.followUpCases().get(id),
    followUpCasesDue: (_parent, { responsibleStaffUserId }, ctx) => ctx.followUpCases().due(responsibleStaffUserId),
  },
  Mutation: {
    openFollowUpCase: (_parent, { input }, ctx) => ctx.caseWork().open(input),
    changeCaseStatus: (_parent, { input }, ctx) => ctx.caseWork().changeStatus(input),
    updateFollowUpCase: (_parent, { input }, ctx) => ctx.caseWork().update(input),
    addCaseNote: (_parent, { input }, ctx) => ctx.caseWork().addNote(input),
    addCaseReferral: (_parent, { input }, ctx) => ctx.caseWork().addReferral(input),
    grantCaseNoteAccess: (_parent, { caseId, staffUserId, until }, ctx) =>
      ctx.caseWork().grantNotes(caseId, staffUserId, until),
    revokeCaseNoteAccess: (_parent, { id }, ctx) => ctx.caseWork().revokeNotes(id),
    exportFollowUpCase: (_parent, { id }, ctx) => ctx.followUpCases().export(id),
  },
  FollowUpCase: {
    district: (c) => present(findDistrict(c.districtId), 'district'),
    reference: (c) => formatCaseReference(c.reference),
    inquiry: async (c, _args, ctx) =>
      present(await ctx.inquiries().nested(c.inquiryId, 'FollowUpCase.inquiry'), 'inquiry'),
    peer: (c, _args, ctx) => (c.peerId ? ctx.volunteerPeers().nested(c.peerId, 'FollowUpCase.peer') : null),
    responsibleStaffUser: async (c, _args, ctx) =>
      present(
        await ctx.staff().nested(c.responsibleStaffUserId, 'FollowUpCase.responsibleStaffUser'),
        'responsible staff user',
      ),
    anonymised: (c) => c.anonymisedAt !== null,
    mayReadNotes: (c, _args, ctx) => ctx.followUpCases().mayReadNotes(c),
    notes: (c, _args, ctx) => ctx.followUpCases().notesOf(c),
    referrals: (c, _args, ctx) => ctx.followUpCases().referralsOf(c),
    statusChanges: (c, _args, ctx) => ctx.followUpCases().statusChangesOf(c),
    noteGrants: (c, _args, ctx) => ctx.followUpCases().noteGrantsOf(c),
    accessLog: async (c, args, ctx) => toConnection(await ctx.followUpCases().accessLogOf(c, args)),
  },
  CaseStatusChange: {
    changedBy: (change, _args, ctx) =>
      change.staffUserId ? ctx.staff().nested(change.staffUserId, 'CaseStatusChange.changedBy') : null,
  },
  CaseNote: {
    author: (note, _args, ctx) => (note.authorId ? ctx.staff().nested(note.authorId, 'CaseNote.author') : null),
  },
  CaseReferral: {
    referredBy: (referral, _args, ctx) =>
      referral.staffUserId ? ctx.staff().nested(referral.staffUserId, 'CaseReferral.referredBy') : null,
  },
  CaseNoteGrant: {
    staffUser: async (grant, _args, ctx) =>
      present(await ctx.staff().nested(grant.staffUserId, 'CaseNoteGrant.staffUser'), 'grantee'),
    grantedBy: (grant, _args, ctx) =>
      grant.grantedById ? ctx.staff().nested(grant.grantedById, 'CaseNoteGrant.grantedBy') : null,
    active: (grant, _args, ctx) => grant.revokedAt === null && grant.expiresAt.getTime() > ctx.now().getTime(),
  },
  AccessLogEntry: {
    staffUser: (entry, _args, ctx) =>
      entry.staffUserId ? ctx.staff().nested(entry.staffUserId, 'AccessLogEntry.staffUser') : null,
    actorDistrict: (entry) => (entry.actorDistrictId ? (findDistrict(entry.actorDistrictId) ?? null) : null),
  },
};
