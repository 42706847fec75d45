import type { NetworkMapRecord } from '@selvhjelp/db';
import type { Municipality, Theme } from '@selvhjelp/domain';
import { findDistrict, findMunicipality, findTheme } from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { requireViewer } from '../../kernel/policy.js';
import { present, toConnection } from '../../kernel/support.js';

/** The district's municipalities (by name, as the map lists them) that lack what `lacks` says. */
function municipalitiesWhere(
  map: NetworkMapRecord,
  lacks: (row: NetworkMapRecord['municipalities'][number]) => boolean,
): Municipality[] {
  return map.municipalities
    .filter(lacks)
    .map((row) => present(findMunicipality(row.municipalityNumber), 'municipality'));
}

export const outreachResolvers: Resolvers = {
  Query: {
    outreachActivities: async (_parent, args, ctx) =>
      toConnection(ctx.apiClient ? await ctx.partnerReads().activities(args) : await ctx.outreach().list(args)),
    outreachActivity: (_parent, { id }, ctx) =>
      ctx.apiClient ? ctx.partnerReads().activity(id) : ctx.outreach().get(id),
    activityTotals: (_parent, { filter }, ctx) => ctx.outreach().totals(filter),
    outreachActivitiesCsv: (_parent, { filter }, ctx) => ctx.outreach().csv(filter),
    outreachCalendar: (_parent, { districtId }, ctx) => ctx.outreach().calendar(districtId, ctx.publicBaseUrl),
    myCalendarFeed: (_parent, _args, ctx) => ctx.calendarFeeds.mine(requireViewer(ctx.viewer)),
    outreachCalendarFeed: (_parent, { token, districtId }, ctx) => ctx.calendarFeeds.feed(token, districtId),
    networkMap: (_parent, { districtId }, ctx) => ctx.outreach().networkMap(districtId),
  },
  Mutation: {
    createOutreachActivity: (_parent, { activity }, ctx) => ctx.outreach().create(activity),
    createCalendarFeed: (_parent, _args, ctx) => ctx.calendarFeeds.create(requireViewer(ctx.viewer)),
    revokeCalendarFeed: (_parent, _args, ctx) => ctx.calendarFeeds.revoke(requireViewer(ctx.viewer)),
    updateOutreachActivity: (_parent, { input }, ctx) => ctx.outreach().update(input),
    removeOutreachActivity: (_parent, { id, version }, ctx) => ctx.outreach().remove(id, version),
    addActivityOutcome: (_parent, { input }, ctx) => ctx.outreach().addOutcome(input),
    removeActivityOutcome: (_parent, { id }, ctx) => ctx.outreach().removeOutcome(id),
  },
  OutreachActivity: {
    district: (activity) => present(findDistrict(activity.districtId), 'district'),
    municipality: (activity) =>
      activity.municipalityNumber ? present(findMunicipality(activity.municipalityNumber), 'municipality') : null,
    themes: (activity) =>
      activity.themeIds.map((id) => findTheme(id)).filter((theme): theme is Theme => Boolean(theme)),
    staff: (activity, _args, ctx) => ctx.staff().nestedMany(activity.staffUserIds, 'OutreachActivity.staff'),
    partners: (activity, _args, ctx) => ctx.partners().nestedMany(activity.partnerIds, 'OutreachActivity.partners'),
    outcomes: (activity, _args, ctx) => ctx.outreach().outcomesOf(activity.id),
  },
  ActivityOutcome: {
    activity: async (outcome, _args, ctx) =>
      present(await ctx.outreach().nested(outcome.activityId, 'ActivityOutcome.activity'), 'activity'),
    group: (outcome, _args, ctx) =>
      outcome.groupId ? ctx.groups().nested(outcome.groupId, 'ActivityOutcome.group') : null,
    facilitator: (outcome, _args, ctx) =>
      outcome.facilitatorId ? ctx.facilitators().nested(outcome.facilitatorId, 'ActivityOutcome.facilitator') : null,
    partner: (outcome, _args, ctx) =>
      outcome.partnerId ? ctx.partners().nested(outcome.partnerId, 'ActivityOutcome.partner') : null,
  },
  ActivityTotals: {
    byDistrict: (totals) =>
      totals.byDistrict.map(({ districtId, ...row }) => ({
        ...row,
        district: present(findDistrict(districtId), 'district'),
      })),
  },
  NetworkMap: {
    district: (map) => present(findDistrict(map.districtId), 'district'),
    withNeither: (map) => municipalitiesWhere(map, (row) => row.activePartners === 0 && row.groups === 0),
    withoutActivePartner: (map) => municipalitiesWhere(map, (row) => row.activePartners === 0),
    withoutGroup: (map) => municipalitiesWhere(map, (row) => row.groups === 0),
  },
  NetworkMunicipality: {
    municipality: (row) => present(findMunicipality(row.municipalityNumber), 'municipality'),
  },
  Group: {
    originActivities: (group, _args, ctx) => ctx.outreach().originActivitiesOfGroup(group.id),
  },
};
