import type { Resolvers } from '../../generated/resolvers-types.js';
import { GATEWAY_VERSION } from '../../version.js';

export const serverInfoResolvers: Resolvers = {
  Query: {
    serverInfo: (_parent, _args, ctx) => ({
      version: GATEWAY_VERSION,
      database: ctx.db.kind === 'pglite' ? 'PGLITE' : 'POSTGRESQL',
    }),
  },
};
