import type { Resolvers } from '../generated/resolvers-types.js';
import { authResolvers } from './auth.js';
import { facilitatorResolvers } from './facilitators.js';
import { groupResolvers } from './groups.js';
import { trainingResolvers } from './training.js';
import { outreachResolvers } from './outreach.js';
import { partnerResolvers } from './partners.js';
import { publicGroupResolvers } from './public-groups.js';
import { scalarResolvers } from './scalars.js';
import { referenceResolvers } from './reference.js';
import { serverInfoResolvers } from './server-info.js';
import { staffResolvers } from './staff.js';
import { uploadResolvers } from './upload.js';

/** Merges the per-concept resolver maps; each concept owns distinct fields. */
export function buildResolvers(): Resolvers {
  const parts: Resolvers[] = [
    scalarResolvers,
    uploadResolvers,
    serverInfoResolvers,
    referenceResolvers,
    authResolvers,
    staffResolvers,
    groupResolvers,
    publicGroupResolvers,
    facilitatorResolvers,
    trainingResolvers,
    partnerResolvers,
    outreachResolvers,
  ];
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [typeName, fields] of Object.entries(part)) {
      merged[typeName] = { ...merged[typeName], ...(fields as Record<string, unknown>) };
    }
  }
  return merged as Resolvers;
}
