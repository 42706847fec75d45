import type { FacilitatorRecord } from '@selvhjelp/db';
import type { Theme } from '@selvhjelp/domain';
import { findDistrict, findMunicipality, findTheme } from '@selvhjelp/domain';
import type { GatewayContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { mayReadPersonalDetails } from '../policy.js';

function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Inconsistent data: missing ${what}`);
  return value;
}

/** Contact details and notes only for staff of the facilitator's own district. */
const personal =
  <K extends 'email' | 'phone' | 'notes'>(field: K) =>
  (facilitator: FacilitatorRecord, _args: unknown, ctx: GatewayContext) =>
    mayReadPersonalDetails(ctx.viewer, facilitator.districtId) ? facilitator[field] : null;

export const facilitatorResolvers: Resolvers = {
  Query: {
    facilitators: async (_parent, args, ctx) => {
      const page = await ctx.facilitators().list(args);
      return {
        edges: page.nodes.map((node, index) => ({ node, cursor: page.cursors[index]! })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
        totalCount: page.totalCount,
      };
    },
    facilitator: (_parent, { id }, ctx) => ctx.facilitators().get(id),
    facilitatorAttention: (_parent, { districtId }, ctx) => ctx.facilitators().attention(districtId),
    districtSettings: (_parent, { districtId }, ctx) => ctx.facilitators().settings(districtId),
  },
  Mutation: {
    createFacilitator: (_parent, { input }, ctx) => ctx.facilitators().create(input),
    updateFacilitator: (_parent, { input }, ctx) => ctx.facilitators().update(input),
    forgetFacilitator: (_parent, { id }, ctx) => ctx.facilitators().forget(id),
    assignFacilitator: (_parent, { input }, ctx) => ctx.facilitators().assign(input),
    setRefresherInterval: (_parent, { months }, ctx) => ctx.facilitators().setRefresherInterval(months),
  },
  Facilitator: {
    district: (facilitator) => present(findDistrict(facilitator.districtId), 'district'),
    municipality: (facilitator) => present(findMunicipality(facilitator.municipalityNumber), 'municipality'),
    themes: (facilitator) => facilitator.themeIds.map((id) => findTheme(id)).filter((theme): theme is Theme => Boolean(theme)),
    email: personal('email'),
    phone: personal('phone'),
    notes: personal('notes'),
    consent: (facilitator, _args, ctx) =>
      facilitator.consentText && mayReadPersonalDetails(ctx.viewer, facilitator.districtId)
        ? { givenOn: facilitator.consentGivenOn, text: facilitator.consentText }
        : null,
    assignments: (facilitator, _args, ctx) => ctx.loaders().assignmentsOfFacilitator.load(facilitator.id),
    trainingHistory: (facilitator, _args, ctx) => ctx.loaders().trainingHistory.load(facilitator.id),
  },
  FacilitatorAssignment: {
    facilitator: async (assignment, _args, ctx) => present(await ctx.loaders().facilitator.load(assignment.facilitatorId), 'facilitator'),
    group: async (assignment, _args, ctx) => present(await ctx.loaders().group.load(assignment.groupId), 'group'),
  },
  TrainingHistoryEntry: {
    course: async (entry, _args, ctx) => present(await ctx.loaders().course.load(entry.courseId), 'course'),
  },
  FacilitatorAttention: {
    startingTooLong: async (attention, _args, ctx) =>
      (await ctx.loaders().group.loadMany(attention.startingTooLong.map((group) => group.id))).filter(
        (group): group is Exclude<typeof group, Error | null> => Boolean(group) && !(group instanceof Error),
      ),
  },
  DistrictSettings: {
    district: (setting) => present(findDistrict(setting.districtId), 'district'),
  },
  Group: {
    facilitatorAssignments: (group, _args, ctx) => ctx.loaders().assignmentsOfGroup.load(group.id),
  },
};
