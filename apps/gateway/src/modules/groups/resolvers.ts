import type { GroupRecord } from '@selvhjelp/db';
import {
  GROUP_TIMEZONE,
  findDistrict,
  findMunicipality,
  findTheme,
  isClosedGroup,
  isPublicGroup,
  nextMeetings,
} from '@selvhjelp/domain';
import type { Theme } from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { toConnection } from '../../kernel/support.js';
import { fullGroup, groupProjectionFor } from './models.js';

const MAX_MEETINGS = 20;

export const groupFieldResolvers = {
  themes: (group: Pick<GroupRecord, 'themeIds'>): Theme[] =>
    group.themeIds.map((id) => findTheme(id)).filter((theme): theme is Theme => Boolean(theme)),
  municipality: (group: Pick<GroupRecord, 'id' | 'municipalityNumber'>) => {
    const municipality = findMunicipality(group.municipalityNumber);
    if (!municipality) throw new Error(`Group ${group.id} has unknown municipality ${group.municipalityNumber}`);
    return municipality;
  },
  district: (group: Pick<GroupRecord, 'id' | 'districtId'>) => {
    const district = findDistrict(group.districtId);
    if (!district) throw new Error(`Group ${group.id} has unknown district ${group.districtId}`);
    return district;
  },
  // A closed group's schedule is kept for the record, but it meets no more.
  nextMeetings: (group: GroupRecord, args: { count?: number | null }, ctx: { now(): Date }) =>
    isClosedGroup(group)
      ? []
      : nextMeetings(group.schedule, ctx.now(), Math.max(0, Math.min(args.count ?? 5, MAX_MEETINGS))),
};

export const groupResolvers: Resolvers = {
  Query: {
    groups: async (_parent, args, ctx, info) => {
      const page = ctx.apiClient
        ? await ctx.partnerReads().groups(args)
        : await ctx.groups().list(args, groupProjectionFor(info));
      return { ...toConnection(page), statusCounts: page.statusCounts };
    },
    group: (_parent, { id }, ctx) => (ctx.apiClient ? ctx.partnerReads().group(id) : ctx.groups().get(id)),
    // Partners' copies only (decision 0036): staff read the registry itself.
    groupFeed: (_parent, args, ctx) => ctx.partnerReads().groupFeed(args),
    groupFollowUpsDue: (_parent, { before, districtId }, ctx) => ctx.groups().followUpsDue(before, districtId),
    groupsCsv: (_parent, { filter, orderBy }, ctx) => ctx.groupTransfer().exportCsv(filter, orderBy),
  },
  Mutation: {
    createGroup: (_parent, { input }, ctx) => ctx.groups().create(input),
    updateGroup: (_parent, { input }, ctx) => ctx.groups().update(input),
    changeGroupStatus: (_parent, { input }, ctx) => ctx.groups().changeStatus(input),
    registerGroupFollowUp: (_parent, { input }, ctx) => ctx.groups().registerFollowUp(input),
    importGroups: (_parent, { input }, ctx) => ctx.groupTransfer().import(input, ctx.locale),
  },
  Group: {
    ...groupFieldResolvers,
    nextMeetings: (group, args, ctx) => groupFieldResolvers.nextMeetings(fullGroup(group), args, ctx),
    isPublic: (group) => isPublicGroup(group),
    statusHistory: (group, _args, ctx) => ctx.groups().statusHistory(group.id),
    followUps: (group, _args, ctx) => ctx.groups().followUps(group.id),
    history: (group, _args, ctx) => ctx.groups().history(group.id),
  },
  GroupSchedule: {
    timezone: () => GROUP_TIMEZONE,
  },
  GroupStatusChange: {
    from: (change) => change.fromStatus,
    to: (change) => change.toStatus,
    changedBy: (change, _args, ctx) =>
      change.changedById ? ctx.staff().nested(change.changedById, 'GroupStatusChange.changedBy') : null,
  },
  GroupFollowUp: {
    registeredBy: (followUp, _args, ctx) =>
      followUp.registeredById ? ctx.staff().nested(followUp.registeredById, 'GroupFollowUp.registeredBy') : null,
  },
  GroupChange: {
    changedBy: (change, _args, ctx) =>
      change.changedById ? ctx.staff().nested(change.changedById, 'GroupChange.changedBy') : null,
  },
};
