import type { Resolvers } from '../generated/resolvers-types.js';
import { groupFieldResolvers } from './groups.js';

export const publicGroupResolvers: Resolvers = {
  Query: {
    publicGroups: async (_parent, args, ctx) => {
      const page = await ctx.publicGroups.list(args);
      return {
        edges: page.nodes.map((node, index) => ({ node, cursor: page.cursors[index]! })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
        totalCount: page.totalCount,
      };
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
