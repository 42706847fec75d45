import type { FacilitatorRecord } from '@selvhjelp/db';
import type { Theme } from '@selvhjelp/domain';
import { findDistrict, findMunicipality, findTheme } from '@selvhjelp/domain';
import type { GatewayContext } from '../../kernel/context.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { mayReadPersonalDetails } from '../../kernel/policy.js';
import { toConnection, present, loaded } from '../../kernel/support.js';


/** Contact details and notes only for staff of the facilitator's own district. */
const personal =
  <K extends 'email' | 'phone' | 'notes'>(field: K) =>
  (facilitator: FacilitatorRecord, _args: unknown, ctx: GatewayContext) =>
    mayReadPersonalDetails(ctx.viewer, facilitator.districtId) ? facilitator[field] : null;

export const facilitatorResolvers: Resolvers = {
  Query: {
    facilitators: async (_parent, args, ctx) => {
      return toConnection(await ctx.facilitators().list(args));
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
      loaded(await ctx.loaders().group.loadMany(attention.startingTooLong.map((group) => group.id))),
  },
  DistrictSettings: {
    district: (setting) => present(findDistrict(setting.districtId), 'district'),
  },
  Group: {
    facilitatorAssignments: (group, _args, ctx) => ctx.loaders().assignmentsOfGroup.load(group.id),
  },
};
