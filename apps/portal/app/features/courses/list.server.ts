import type { RouterContextProvider } from 'react-router';
import { districtContext, gatewayContext } from '../../context.server';
import { graphql } from '../../generated';
import { listPageOf, queryListPage } from '../../shared/list/list-page.server';
import { todayInOslo } from '../../shared/dates/dates';
import { parseCourseListQuery, toCourseFilter, upcomingFirst } from './list-query';

export const CourseListDocument = graphql(`
  query CourseList($filter: TrainingCourseFilter, $first: Int, $after: String) {
    trainingCourses(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          type
          status
          startsOn
          capacity
          enrolledCount
          waitingCount
          online
          locationText
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;

/** GET kurs: the district's courses, upcoming first. */
export async function loadCourseList(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const query = parseCourseListQuery(new URL(request.url).searchParams);
  const variables = { filter: toCourseFilter(query), first: PAGE_SIZE, after: query.after || null };
  const result = await queryListPage(gateway, CourseListDocument, variables, query);
  const today = todayInOslo();
  const page = listPageOf(result.trainingCourses);
  return {
    portal,
    query,
    today,
    courses: upcomingFirst(page.nodes, today),
    totalCount: page.totalCount,
    nextCursor: page.nextCursor,
  };
}
