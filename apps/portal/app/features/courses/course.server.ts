import type { RouterContextProvider } from 'react-router';
import { municipalitiesInDistrict } from '@selvhjelp/domain';
import { districtContext, gatewayContext, viewerContext } from '../../context.server';
import { graphql } from '../../generated';
import { todayInOslo } from '../../shared/dates/dates';
import { facilitatorOptions } from '../facilitators/facilitator-options.server';

export const CoursePageDocument = graphql(`
  query CoursePage($id: ID!) {
    trainingCourse(id: $id) {
      id
      title
      type
      status
      cancelReason
      locationText
      online
      capacity
      startsOn
      enrolledCount
      waitingCount
      version
      district {
        id
        name
      }
      trainers {
        id
        name
      }
      sessions {
        id
        date
        startTime
        endTime
        place
        start
        end
      }
      enrolments {
        id
        status
        waitingPosition
        enrolledAt
        cancelledAt
        attendedSessionIds
        completed
        attendanceException {
          reason
          approvedAt
          approvedBy {
            name
          }
        }
        facilitator {
          id
          name
        }
      }
    }
  }
`);

const CourseICalendarDocument = graphql(`
  query CourseICalendar($id: ID!) {
    trainingCourseICalendar(id: $id)
  }
`);

export const COURSE_PAGE_NOTICES = ['created', 'saved', 'attendance'] as const;
export type CoursePageNotice = (typeof COURSE_PAGE_NOTICES)[number];

/** GET kurs/:id: the course, its participants and waiting list, and who can be enrolled. */
export async function loadCoursePage(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const [{ trainingCourse: course }, facilitators] = await Promise.all([
    gateway.query(CoursePageDocument, { id: params.id }),
    facilitatorOptions(gateway),
  ]);
  const search = new URL(request.url).searchParams;
  const notice = search.get('melding') ?? '';
  const taken = new Set(
    course.enrolments
      .filter((enrolment) => enrolment.status !== 'CANCELLED')
      .map((enrolment) => enrolment.facilitator.id),
  );
  return {
    portal,
    course,
    today: todayInOslo(),
    notice: (COURSE_PAGE_NOTICES as readonly string[]).includes(notice) ? (notice as CoursePageNotice) : null,
    promotedOnSave: Number.parseInt(search.get('flyttet') ?? '0', 10) || 0,
    // Exceptions from full attendance are the lead's (the gateway's policy decides; this only hides the form).
    mayApproveExceptions: context.get(viewerContext).role === 'DISTRICT_LEAD',
    facilitators: facilitators.filter((facilitator) => !taken.has(facilitator.id)),
    municipalities: municipalitiesInDistrict(portal.districtId).map(({ number, name }) => ({ number, name })),
  };
}

/** Just the course, for the attendance register and the certificates. */
export async function loadCourse(params: { id: string }, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const { trainingCourse: course } = await context.get(gatewayContext).query(CoursePageDocument, { id: params.id });
  return { portal, course };
}

/** GET kurs/:id/kalender.ics: the gateway's iCalendar of the sessions. */
export async function courseCalendar(
  params: { id: string },
  context: Readonly<RouterContextProvider>,
): Promise<Response> {
  const { trainingCourseICalendar } = await context
    .get(gatewayContext)
    .query(CourseICalendarDocument, { id: params.id });
  return new Response(trainingCourseICalendar, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="kurs-${params.id}.ics"`,
      'Cache-Control': 'no-store',
    },
  });
}

const TrainingCalendarDocument = graphql(`
  query TrainingCalendar {
    trainingCalendar
  }
`);

/** GET kurs/kalender.ics: the district's course calendar, every upcoming session. */
export async function districtCourseCalendar(context: Readonly<RouterContextProvider>): Promise<Response> {
  const portal = context.get(districtContext);
  const { trainingCalendar } = await context.get(gatewayContext).query(TrainingCalendarDocument, {});
  return new Response(trainingCalendar, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="kurskalender-${portal.segment}.ics"`,
      'Cache-Control': 'no-store',
    },
  });
}
