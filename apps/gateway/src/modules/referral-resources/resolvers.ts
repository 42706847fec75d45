import type { Municipality } from '@selvhjelp/domain';
import { findDistrict, findMunicipality } from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { present, toConnection } from '../../kernel/support.js';

export const referralResourceResolvers: Resolvers = {
  Query: {
    referralResources: async (_parent, args, ctx) => toConnection(await ctx.referralResources().list(args)),
    referralResource: (_parent, { id }, ctx) => ctx.referralResources().get(id),
  },
  Mutation: {
    createReferralResource: (_parent, { resource }, ctx) => ctx.referralResources().create(resource),
    updateReferralResource: (_parent, { input }, ctx) => ctx.referralResources().update(input),
    archiveReferralResource: (_parent, { id, version }, ctx) => ctx.referralResources().archive(id, version),
  },
  ReferralResource: {
    district: (resource) => present(findDistrict(resource.districtId), 'district'),
    municipalities: (resource) =>
      resource.municipalityNumbers
        .map((number) => findMunicipality(number))
        .filter((municipality): municipality is Municipality => Boolean(municipality)),
    partner: (resource, _args, ctx) =>
      resource.partnerId ? ctx.partners().nested(resource.partnerId, 'ReferralResource.partner') : null,
  },
};
