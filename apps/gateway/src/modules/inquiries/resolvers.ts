import type { Theme } from '@selvhjelp/domain';
import { findDistrict, findMunicipality, findTheme, hasConsent, todayIn } from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { present, toConnection } from '../../kernel/support.js';

export const inquiryResolvers: Resolvers = {
  Query: {
    inquiries: async (_parent, args, ctx) => toConnection(await ctx.inquiries().list(args)),
    inquiry: (_parent, { id }, ctx) => ctx.inquiries().get(id),
    interestDemand: (_parent, { filter }, ctx) => ctx.interestLists().demand(filter),
    interestContactsForGroup: (_parent, { groupId, reach }, ctx) =>
      ctx.interestLists().contactsForGroup(groupId, reach ?? 'MUNICIPALITY'),
  },
  Mutation: {
    logInquiry: (_parent, { input }, ctx) => ctx.inquiries().log(input),
    updateInquiry: (_parent, { input }, ctx) => ctx.inquiries().update(input),
    withdrawConsent: (_parent, { inquiryId, purpose }, ctx) => ctx.inquiries().withdrawConsent(inquiryId, purpose),
    addToInterestList: (_parent, { inquiryId, entry }, ctx) => ctx.inquiries().addToInterestList(inquiryId, entry),
    closeInterestListEntry: (_parent, { id, version }, ctx) => ctx.inquiries().closeInterestListEntry(id, version),
    planActivityFromInquiry: (_parent, { input }, ctx) => ctx.inquiries().planActivity(input),
  },
  Inquiry: {
    district: (inquiry) => present(findDistrict(inquiry.districtId), 'district'),
    partner: (inquiry, _args, ctx) =>
      inquiry.partnerId ? ctx.partners().nested(inquiry.partnerId, 'Inquiry.partner') : null,
    themes: (inquiry) => inquiry.themeIds.map((id) => findTheme(id)).filter((theme): theme is Theme => Boolean(theme)),
    municipality: (inquiry) =>
      inquiry.municipalityNumber ? present(findMunicipality(inquiry.municipalityNumber), 'municipality') : null,
    // Both or neither; blank when the policy redacted them.
    contact: (inquiry) =>
      inquiry.contactMethod && inquiry.contactValue !== null
        ? { method: inquiry.contactMethod, value: inquiry.contactValue }
        : null,
    consents: (inquiry, _args, ctx) => ctx.inquiries().consentsOf(inquiry),
    interestListEntries: (inquiry, _args, ctx) => ctx.inquiries().interestListEntriesOf(inquiry.id),
    activity: (inquiry, _args, ctx) =>
      inquiry.activityId ? ctx.outreach().nested(inquiry.activityId, 'Inquiry.activity') : null,
    hasCase: (inquiry) => inquiry.caseId !== null,
    followUpCase: (inquiry, _args, ctx) =>
      inquiry.caseId ? ctx.followUpCases().nested(inquiry.caseId, 'Inquiry.followUpCase') : null,
  },
  Consent: {
    inForce: (consent, _args, ctx) => hasConsent([consent], consent.purpose, todayIn(ctx.now())),
  },
  InterestListEntry: {
    theme: (entry) => present(findTheme(entry.themeId), 'theme'),
    municipality: (entry) => present(findMunicipality(entry.municipalityNumber), 'municipality'),
    group: (entry, _args, ctx) =>
      entry.groupId ? ctx.groups().nested(entry.groupId, 'InterestListEntry.group') : null,
  },
  InterestDemand: {
    theme: (demand) => present(findTheme(demand.themeId), 'theme'),
    municipality: (demand) => present(findMunicipality(demand.municipalityNumber), 'municipality'),
  },
  OutreachActivity: {
    plannedFromInquiryId: (activity, _args, ctx) => ctx.inquiries().inquiryIdOfActivity(activity.id),
  },
  InterestContactsForGroup: {
    group: async (view, _args, ctx) =>
      present(await ctx.groups().nested(view.groupId, 'InterestContactsForGroup.group'), 'group'),
  },
};
