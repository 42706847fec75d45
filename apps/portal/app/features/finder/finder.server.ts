import type { RouterContextProvider } from 'react-router';
import { DISTRICTS } from '@selvhjelp/domain';
import { gatewayContext } from '../../context.server';
import { env } from '../../env.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import { parseFinderQuery, toPublicGroupFilter } from './finder-query';

const PublicGroupsDocument = graphql(`
  query PublicGroups($filter: PublicGroupFilter, $first: Int, $after: String) {
    publicGroups(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          name
          format
          openForNewMembers
          themes {
            id
            label
          }
          municipality {
            number
            name
          }
          venue {
            name
            postalPlace
          }
          schedule {
            ...GroupScheduleFields
          }
          nextMeetings(count: 1) {
            start
            end
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** GET /grupper: public groups, from every district or (pinned instance) the instance's own. */
export async function loadFinder(request: Request, context: Readonly<RouterContextProvider>) {
  const pinned = env.PORTAL_DISTRICT;
  const gateway = context.get(gatewayContext);
  const query = parseFinderQuery(new URL(request.url).searchParams, pinned);
  const variables = { filter: toPublicGroupFilter(query, pinned), first: PAGE_SIZE, after: query.after || null };
  const { publicGroups } = await gateway.query(PublicGroupsDocument, variables).catch((error: unknown) => {
    if (query.after && isGatewayError(error, 'BAD_USER_INPUT')) {
      query.after = '';
      return gateway.query(PublicGroupsDocument, { ...variables, after: null });
    }
    throw error;
  });
  return {
    query,
    pinned: pinned ?? null,
    groups: publicGroups.edges.map(({ node }) => node),
    totalCount: publicGroups.totalCount,
    nextCursor: publicGroups.pageInfo.hasNextPage ? (publicGroups.pageInfo.endCursor ?? null) : null,
    districts: pinned ? [] : DISTRICTS.map(({ id, name }) => ({ id, name })),
  };
}
