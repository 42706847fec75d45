import type { RouterContextProvider } from 'react-router';
import { districtContext, gatewayContext, viewerContext } from '../../context.server';
import { graphql } from '../../generated';
import type { CaseStatus } from '../../generated/graphql';
import { todayInOslo } from '../../shared/dates/dates';

import { CASE_STATUSES } from './case-labels';

const CaseListDocument = graphql(`
  query CaseListPage($filter: FollowUpCaseFilter, $after: String, $responsibleStaffUserId: ID) {
    followUpCases(filter: $filter, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CaseRow
        }
      }
    }
    followUpCasesDue(responsibleStaffUserId: $responsibleStaffUserId) {
      dueOn
      overdue
      followUpCase {
        ...CaseRow
      }
    }
  }
  fragment CaseRow on FollowUpCase {
    id
    reference
    status
    nextFollowUpOn
    responsibleStaffUser {
      id
      name
    }
    peer {
      id
      name
    }
  }
`);

/** The list's filter as the address has it (?status=OPEN&mine=1&due=1). */
export interface CaseListQuery {
  status: string;
  mine: boolean;
  due: boolean;
  after: string;
}

export function readCaseListQuery(url: URL): CaseListQuery {
  const status = url.searchParams.get('status') ?? '';
  return {
    status: (CASE_STATUSES as readonly string[]).includes(status) ? status : '',
    mine: url.searchParams.get('mine') === '1',
    due: url.searchParams.get('due') === '1',
    after: url.searchParams.get('after') ?? '',
  };
}

function weekAhead(today: string): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 7);
  return date.toISOString().slice(0, 10);
}

/** GET saker: a page of the district's cases by the filter, and the due list. */
export async function loadCaseList(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const viewer = context.get(viewerContext);
  const query = readCaseListQuery(new URL(request.url));
  const result = await context.get(gatewayContext).query(CaseListDocument, {
    filter: {
      statuses: query.status ? [query.status as CaseStatus] : null,
      responsibleStaffUserIds: query.mine ? [viewer.id] : null,
      dueBy: query.due ? weekAhead(todayInOslo()) : null,
    },
    after: query.after || null,
    responsibleStaffUserId: query.mine ? viewer.id : null,
  });
  return {
    portal,
    query,
    cases: result.followUpCases.edges.map(({ node }) => node),
    totalCount: result.followUpCases.totalCount,
    nextCursor: result.followUpCases.pageInfo.hasNextPage ? result.followUpCases.pageInfo.endCursor : null,
    due: result.followUpCasesDue,
  };
}
