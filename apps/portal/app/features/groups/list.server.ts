import type { RouterContextProvider } from 'react-router';
import { DISTRICTS, municipalitiesInDistrict } from '@selvhjelp/domain';
import { gatewayContext, portalContext } from '../../context.server';
import { graphql } from '../../generated';
import { listPageOf, queryListPage } from '../../shared/list/list-page.server';
import { todayInOslo } from '../../shared/dates/dates';
import type { GroupListQuery } from './list-query';
import { parseGroupListQuery, toGroupFilter, toGroupOrder } from './list-query';
import type { Portal } from '../../shared/layout/portals';

export const GroupListDocument = graphql(`
  query GroupList($filter: GroupFilter, $orderBy: GroupOrder, $first: Int, $after: String) {
    groups(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      statusCounts {
        status
        count
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          status
          openForNewMembers
          nextFollowUpDue
          updatedAt
          municipality {
            number
            name
          }
          district {
            id
            name
          }
          themes {
            id
            label
          }
        }
      }
    }
  }
`);

const GroupsCsvDocument = graphql(`
  query GroupsCsv($filter: GroupFilter, $orderBy: GroupOrder) {
    groupsCsv(filter: $filter, orderBy: $orderBy)
  }
`);

const PAGE_SIZE = 25;

/** GET grupper: one page of the district's groups (national: every district's), filtered and sorted. */
export async function loadGroupList(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  const gateway = context.get(gatewayContext);
  const query = parseGroupListQuery(new URL(request.url).searchParams);
  const variables = {
    filter: toGroupFilter(query, portal.districtId),
    orderBy: toGroupOrder(query.sort),
    first: PAGE_SIZE,
    after: query.after || null,
  };
  const { groups } = await queryListPage(gateway, GroupListDocument, variables, query);
  const page = listPageOf(groups);
  return {
    portal,
    query,
    today: todayInOslo(),
    groups: page.nodes,
    totalCount: page.totalCount,
    statusCounts: groups.statusCounts,
    nextCursor: page.nextCursor,
    municipalities:
      portal.kind === 'district'
        ? municipalitiesInDistrict(portal.districtId).map(({ number, name }) => ({ number, name }))
        : [],
    districts: portal.kind === 'national' ? DISTRICTS.map(({ id, name }) => ({ id, name })) : [],
  };
}

/** `grupper-vest-2026-11-22.csv`: the office and the day, in Oslo. */
export function csvFileName(portal: Portal, today: string): string {
  return `grupper-${portal.segment}-${today}.csv`;
}

/** GET grupper/eksport.csv: the list's current filter and sort, as CSV in the import format. */
export async function exportGroupsCsv(request: Request, context: Readonly<RouterContextProvider>): Promise<Response> {
  const portal = context.get(portalContext);
  const query: GroupListQuery = parseGroupListQuery(new URL(request.url).searchParams);
  const { groupsCsv } = await context.get(gatewayContext).query(GroupsCsvDocument, {
    filter: toGroupFilter(query, portal.districtId),
    orderBy: toGroupOrder(query.sort),
  });
  return new Response(groupsCsv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${csvFileName(portal, todayInOslo())}"`,
      'Cache-Control': 'no-store',
    },
  });
}
