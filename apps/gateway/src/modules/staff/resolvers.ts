import { findDistrict } from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { toConnection } from '../../kernel/support.js';

export const staffResolvers: Resolvers = {
  Query: {
    staffUsers: async (_parent, { filter, first, after }, ctx) => {
      return toConnection(await ctx.staff().list(filter, first, after));
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
