import { findDistrict } from '@selvhjelp/domain';
import type { Resolvers } from '../generated/resolvers-types.js';

export const staffResolvers: Resolvers = {
  Query: {
    staffUsers: async (_parent, { filter, first, after }, ctx) => {
      const page = await ctx.staff().list(filter, first, after);
      return {
        edges: page.nodes.map((node, index) => ({ node, cursor: page.cursors[index]! })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
        totalCount: page.totalCount,
      };
    },
    staffUser: (_parent, { id }, ctx) => ctx.staff().get(id),
  },
  Mutation: {
    createStaffUser: (_parent, { input }, ctx) => ctx.staff().create(input),
    deactivateStaffUser: (_parent, { input }, ctx) => ctx.staff().deactivate(input),
    resetStaffUserPassword: (_parent, { id }, ctx) => ctx.staff().resetPassword(id),
  },
  StaffUser: {
    district: (user) => (user.districtId ? (findDistrict(user.districtId) ?? null) : null),
  },
};
