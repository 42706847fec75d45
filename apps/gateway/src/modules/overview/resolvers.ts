import { getDistrict } from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';

export const overviewResolvers: Resolvers = {
  Query: {
    overview: (_parent, args, ctx) => ctx.overview().overview(args),
  },
  Overview: {
    period: (model) => model.period,
    districts: (model) => model.districts.map((id) => getDistrict(id)),
    suppressionThreshold: (model) => model.threshold,
    tables: (model, { keys }, ctx) => ctx.overview().tables(model, keys),
    table: (model, { key }, ctx) => ctx.overview().table(model, key),
    coverage: async (model, _args, ctx) => ({
      counties: await ctx.overview().coverageCounties(model),
      coveredMunicipalityNumbers: await ctx.overview().coveredMunicipalityNumbers(model),
    }),
    previousPeriod: (model, _args, ctx) => ctx.overview().previous(model),
  },
};
