import type { Resolvers } from '../../generated/resolvers-types.js';

export const agendaResolvers: Resolvers = {
  Query: {
    districtAgenda: (_parent, { districtId, first }, ctx) => ctx.agenda().districtAgenda(districtId, first),
  },
};
