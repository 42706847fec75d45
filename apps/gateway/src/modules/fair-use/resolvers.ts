import type { Resolvers } from '../../generated/resolvers-types.js';
import { requestBudget } from './fair-use.js';

export const fairUseResolvers: Resolvers = {
  Query: {
    // Charged before execution, so the answer is the budget after this very operation.
    rateLimit: (_parent, _args, ctx) => {
      const budget = requestBudget(ctx);
      if (!budget) return null;
      return {
        limit: budget.maximumAvailable,
        cost: budget.charged,
        remaining: Math.floor(budget.currentlyAvailable),
        restoreRate: budget.restoreRate,
        resetAt: budget.resetAt,
      };
    },
  },
  ApiClient: {
    usage: (client, { days }, ctx) => ctx.apiClients().usage(client.id, days),
  },
};
