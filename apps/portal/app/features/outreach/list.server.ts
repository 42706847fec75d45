import type { RouterContextProvider } from 'react-router';
import { districtContext, gatewayContext } from '../../context.server';
import { graphql } from '../../generated';
import { listPageOf, queryListPage } from '../../shared/list/list-page.server';
import { todayInOslo } from '../../shared/dates/dates';
import { parseActivityLogQuery, toActivityFilter } from './log-query';
import type { Portal } from '../../shared/layout/portals';
import { loadMyCalendarFeed } from './calendar-feed.server';
import { partnerOptions } from '../partners/partner-options.server';

export const ActivityLogDocument = graphql(`
  query ActivityLog($filter: ActivityFilter, $first: Int, $after: String) {
    outreachActivities(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          type
          title
          status
          date
          startTime
          online
          place
          participantCount
          partners {
            id
            name
          }
          outcomes {
            id
          }
        }
      }
    }
    activityTotals(filter: $filter) {
      activities
      participants
      groupsStarted
      byType {
        type
        activities
        participants
        groupsStarted
      }
    }
  }
`);

const ActivitiesCsvDocument = graphql(`
  query ActivitiesCsv($filter: ActivityFilter) {
    outreachActivitiesCsv(filter: $filter)
  }
`);

const OutreachCalendarDocument = graphql(`
  query OutreachCalendar($districtId: ID) {
    outreachCalendar(districtId: $districtId)
  }
`);

const PAGE_SIZE = 25;

/** GET aktiviteter: one page of the district's activities, the totals of the same filter, and the partners to filter by. */
export async function loadActivityLog(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const today = todayInOslo();
  const query = parseActivityLogQuery(new URL(request.url).searchParams, today);
  const variables = {
    filter: toActivityFilter(query, portal.districtId),
    first: PAGE_SIZE,
    after: query.after || null,
  };
  const [log, partners, calendarFeed] = await Promise.all([
    queryListPage(gateway, ActivityLogDocument, variables, query),
    partnerOptions(gateway),
    loadMyCalendarFeed(context),
  ]);
  const { nodes: activities, totalCount, nextCursor } = listPageOf(log.outreachActivities);
  return {
    portal,
    query,
    today,
    activities,
    totalCount,
    nextCursor,
    totals: log.activityTotals,
    partners,
    calendarFeed,
    removed: new URL(request.url).searchParams.get('melding') === 'removed',
  };
}

/** `aktiviteter-vest-2026-11-22.csv`. */
export function activityCsvFileName(portal: Portal, today: string): string {
  return `aktiviteter-${portal.segment}-${today}.csv`;
}

/** GET aktiviteter/eksport.csv: the log's filter (same parsing, same default period) as CSV. */
export async function exportActivitiesCsv(
  request: Request,
  context: Readonly<RouterContextProvider>,
): Promise<Response> {
  const portal = context.get(districtContext);
  const today = todayInOslo();
  const query = parseActivityLogQuery(new URL(request.url).searchParams, today);
  const { outreachActivitiesCsv } = await context
    .get(gatewayContext)
    .query(ActivitiesCsvDocument, { filter: toActivityFilter(query, portal.districtId) });
  return new Response(outreachActivitiesCsv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${activityCsvFileName(portal, today)}"`,
      'Cache-Control': 'no-store',
    },
  });
}

/** GET aktiviteter/kalender.ics: the district's planned activities, for staff calendars. */
export async function outreachCalendar(context: Readonly<RouterContextProvider>): Promise<Response> {
  const portal = context.get(districtContext);
  const { outreachCalendar: calendar } = await context
    .get(gatewayContext)
    .query(OutreachCalendarDocument, { districtId: portal.districtId });
  return new Response(calendar, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="aktiviteter-${portal.segment}.ics"`,
      'Cache-Control': 'no-store',
    },
  });
}
