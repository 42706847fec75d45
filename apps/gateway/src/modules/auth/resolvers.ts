import type { Resolvers } from '../../generated/resolvers-types.js';
import { badUserInput } from '../../kernel/errors.js';
import type { LoginRealm } from '../../kernel/policy.js';
import { isDistrictId } from '@selvhjelp/domain';

export const authResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, ctx) => ctx.staff().me(),
    currentSession: (_parent, _args, ctx) => ctx.auth.currentSession(ctx.viewer),
  },
  Mutation: {
    login: (_parent, { email, password, realm }, ctx) => ctx.auth.login(email, password, parseRealm(realm), ctx.client),
    logout: (_parent, _args, ctx) => ctx.auth.logout(ctx.viewer),
    completePasswordReset: (_parent, { token, newPassword }, ctx) => ctx.auth.completePasswordReset(token, newPassword),
  },
};

function parseRealm(realm: { districtId?: string | null } | null | undefined): LoginRealm {
  if (realm === null || realm === undefined) return undefined;
  const districtId = realm.districtId ?? null;
  if (districtId !== null && !isDistrictId(districtId)) throw badUserInput('realm.districtId', 'UNKNOWN_DISTRICT');
  return { districtId };
}
