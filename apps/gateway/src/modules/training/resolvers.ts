import { findDistrict, zonedDateTimeToInstant } from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { present, toConnection } from '../../kernel/support.js';

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
      return {
        course: outcome.course,
        completedFacilitators: await ctx
          .facilitators()
          .nestedMany(outcome.completedFacilitatorIds, 'ChangeTrainingCourseStatusResult.completedFacilitators'),
      };
    },
    enrol: (_parent, { input }, ctx) => ctx.enrolments().enrol(input),
    cancelEnrolment: (_parent, { id, confirmed }, ctx) => ctx.enrolments().cancelEnrolment(id, confirmed),
    approveAttendanceException: (_parent, { input }, ctx) => ctx.enrolments().approveAttendanceException(input),
    recordAttendance: (_parent, { courseId, attendance }, ctx) =>
      ctx.enrolments().recordAttendance(courseId, attendance),
  },
  TrainingCourse: {
    district: (course) => present(findDistrict(course.districtId), 'district'),
    trainers: (course, _args, ctx) => ctx.staff().nestedMany(course.trainerIds, 'TrainingCourse.trainers'),
    enrolments: (course, _args, ctx) => ctx.training().enrolments(course.id),
  },
  CourseSession: {
    start: (session) => zonedDateTimeToInstant(session.date, session.startTime),
    end: (session) => zonedDateTimeToInstant(session.date, session.endTime),
  },
  Enrolment: {
    facilitator: async (enrolment, _args, ctx) =>
      present(await ctx.facilitators().nested(enrolment.facilitatorId, 'Enrolment.facilitator'), 'facilitator'),
    attendedSessionIds: (enrolment, _args, ctx) => ctx.training().attendedSessionIds(enrolment),
    completed: (enrolment, _args, ctx) => ctx.training().completed(enrolment),
  },
  AttendanceException: {
    approvedBy: (exception, _args, ctx) =>
      exception.approvedById ? ctx.staff().nested(exception.approvedById, 'AttendanceException.approvedBy') : null,
  },
};
