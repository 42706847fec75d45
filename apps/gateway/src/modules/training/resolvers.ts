import { findDistrict, meetsCompletionRule, zonedDateTimeToInstant } from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { toConnection, present, loaded } from '../../kernel/support.js';


const ENROLMENT_ORDER = { ENROLLED: 0, WAITING: 1, CANCELLED: 2 } as const;

export const trainingResolvers: Resolvers = {
  Query: {
    trainingCourses: async (_parent, args, ctx) => {
      return toConnection(await ctx.training().list(args));
    },
    trainingCourse: (_parent, { id }, ctx) => ctx.training().get(id),
    trainingCourseICalendar: (_parent, { id }, ctx) => ctx.training().iCalendar(id, ctx.publicBaseUrl),
    trainingCalendar: (_parent, _args, ctx) => ctx.training().calendar(ctx.publicBaseUrl),
  },
  Mutation: {
    createTrainingCourse: (_parent, { course }, ctx) => ctx.training().create(course),
    updateTrainingCourse: (_parent, { input }, ctx) => ctx.training().update(input),
    changeTrainingCourseStatus: async (_parent, { input }, ctx) => {
      const outcome = await ctx.training().changeStatus(input);
      const completed = await ctx.loaders().facilitator.loadMany(outcome.completedFacilitatorIds);
      return {
        course: outcome.course,
        completedFacilitators: loaded(completed),
      };
    },
    enrol: (_parent, { input }, ctx) => ctx.training().enrol(input),
    cancelEnrolment: (_parent, { id }, ctx) => ctx.training().cancelEnrolment(id),
    recordAttendance: (_parent, { courseId, attendance }, ctx) => ctx.training().recordAttendance(courseId, attendance),
  },
  TrainingCourse: {
    district: (course) => present(findDistrict(course.districtId), 'district'),
    trainers: async (course, _args, ctx) =>
      loaded(await ctx.loaders().staffUser.loadMany(course.trainerIds)),
    enrolments: async (course, _args, ctx) =>
      [...(await ctx.loaders().enrolmentsOfCourse.load(course.id))].sort(
        (a, b) => ENROLMENT_ORDER[a.status] - ENROLMENT_ORDER[b.status] || (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0) || a.enrolledAt.getTime() - b.enrolledAt.getTime(),
      ),
  },
  CourseSession: {
    start: (session) => zonedDateTimeToInstant(session.date, session.startTime),
    end: (session) => zonedDateTimeToInstant(session.date, session.endTime),
  },
  Enrolment: {
    facilitator: async (enrolment, _args, ctx) => present(await ctx.loaders().facilitator.load(enrolment.facilitatorId), 'facilitator'),
    attendedSessionIds: async (enrolment, _args, ctx) =>
      (await ctx.loaders().attendanceOfCourse.load(enrolment.courseId))
        .filter((entry) => entry.enrolmentId === enrolment.id && entry.present)
        .map((entry) => entry.sessionId),
    completed: async (enrolment, _args, ctx) => {
      const course = await ctx.loaders().course.load(enrolment.courseId);
      if (!course || course.status !== 'COMPLETED' || enrolment.status !== 'ENROLLED') return false;
      const attended = (await ctx.loaders().attendanceOfCourse.load(enrolment.courseId)).filter(
        (entry) => entry.enrolmentId === enrolment.id && entry.present,
      ).length;
      return meetsCompletionRule(course.type, attended, course.sessions.length);
    },
  },
};
