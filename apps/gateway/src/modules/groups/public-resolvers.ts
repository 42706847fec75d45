import type { Resolvers } from '../../generated/resolvers-types.js';
import { groupFieldResolvers } from './resolvers.js';
import { toConnection } from '../../kernel/support.js';

export const publicGroupResolvers: Resolvers = {
  Query: {
    publicGroups: async (_parent, args, ctx) => {
      return toConnection(await ctx.publicGroups.list(args));
    },
    publicGroup: (_parent, { slug }, ctx) => ctx.publicGroups.get(slug),
    publicGroupICalendar: (_parent, { slug }, ctx) => ctx.publicGroups.iCalendar(slug),
    meetingGuideFeed: (_parent, { districtId }, ctx) => ctx.publicGroups.meetingGuideFeed(districtId),
  },
  PublicGroup: {
    ...groupFieldResolvers,
    contact: (group) => {
      const district = groupFieldResolvers.district(group);
      return { officeName: district.name, ...district.contact };
    },
  },
};
