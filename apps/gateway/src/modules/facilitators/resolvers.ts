import type { Theme } from '@selvhjelp/domain';
import { findDistrict, findMunicipality, findTheme } from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { present, toConnection } from '../../kernel/support.js';

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
    themes: (facilitator) =>
      facilitator.themeIds.map((id) => findTheme(id)).filter((theme): theme is Theme => Boolean(theme)),
    // Personal fields arrive already redacted by the read path (see REDACTIONS in the policy module).
    consent: (facilitator) =>
      facilitator.consentText ? { givenOn: facilitator.consentGivenOn, text: facilitator.consentText } : null,
    assignments: (facilitator, _args, ctx) => ctx.facilitators().assignmentsOfFacilitator(facilitator.id),
    trainingHistory: (facilitator, _args, ctx) => ctx.facilitators().trainingHistory(facilitator.id),
  },
  FacilitatorAssignment: {
    facilitator: async (assignment, _args, ctx) =>
      present(
        await ctx.facilitators().nested(assignment.facilitatorId, 'FacilitatorAssignment.facilitator'),
        'facilitator',
      ),
    group: async (assignment, _args, ctx) =>
      present(await ctx.groups().nested(assignment.groupId, 'FacilitatorAssignment.group'), 'group'),
  },
  TrainingHistoryEntry: {
    course: async (entry, _args, ctx) =>
      present(await ctx.training().nested(entry.courseId, 'TrainingHistoryEntry.course'), 'course'),
  },
  FacilitatorAttention: {
    startingTooLong: (attention, _args, ctx) =>
      ctx.groups().nestedMany(
        attention.startingTooLong.map((group) => group.id),
        'FacilitatorAttention.startingTooLong',
      ),
  },
  DistrictSettings: {
    district: (setting) => present(findDistrict(setting.districtId), 'district'),
  },
  Group: {
    facilitatorAssignments: (group, _args, ctx) => ctx.facilitators().assignmentsOfGroup(group.id),
  },
};
