import { apiScopeToEnum, findDistrict } from '@selvhjelp/domain';
import type { District } from '@selvhjelp/domain';
import type { ApiScope, Resolvers } from '../../generated/resolvers-types.js';

export const apiClientResolvers: Resolvers = {
  Query: {
    apiClients: (_parent, _args, ctx) => ctx.apiClients().list(),
    apiClient: (_parent, { id }, ctx) => ctx.apiClients().get(id),
  },
  Mutation: {
    createApiClient: (_parent, { input }, ctx) => ctx.apiClients().create(input),
    updateApiClient: (_parent, { input }, ctx) => ctx.apiClients().update(input),
    rotateApiClientSecret: (_parent, { input }, ctx) => ctx.apiClients().rotate(input),
    revokeApiClient: (_parent, { id }, ctx) => ctx.apiClients().revoke(id),
  },
  ApiClient: {
    scopes: (client) => client.scopes.map((scope) => apiScopeToEnum(scope) as ApiScope),
    districts: (client) => client.districtIds.map((id) => findDistrict(id)).filter((d): d is District => Boolean(d)),
  },
};
