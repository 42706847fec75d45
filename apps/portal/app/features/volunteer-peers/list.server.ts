import type { RouterContextProvider } from 'react-router';
import { municipalitiesInDistrict, THEMES } from '@selvhjelp/domain';
import { districtContext, gatewayContext } from '../../context.server';
import { graphql } from '../../generated';
import { listPageOf, queryListPage } from '../../shared/list/list-page.server';
import { parsePeerListQuery, toPeerFilter } from './list-query';

const PeerListDocument = graphql(`
  query PeerList($filter: VolunteerPeerFilter, $first: Int, $after: String) {
    volunteerPeers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          facilitator {
            id
            name
          }
          municipality {
            number
            name
          }
          availability
          confidentialityDeclaredOn
          stoppedOn
          load {
            activeFollowUps
            capacity
            nextCheckInDue
          }
        }
      }
    }
    peerCheckInsDue {
      dueOn
      overdue
      peer {
        id
        name
        facilitator {
          id
          name
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

/** GET likepersoner: one page of the district's peers, and the check-ins due (overdue first). */
export async function loadPeerList(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const query = parsePeerListQuery(new URL(request.url).searchParams);
  const variables = { filter: toPeerFilter(query), first: PAGE_SIZE, after: query.after || null };
  const result = await queryListPage(gateway, PeerListDocument, variables, query);
  const { nodes: peers, totalCount, nextCursor } = listPageOf(result.volunteerPeers);
  // Overdue first, then soonest; the gateway sends soonest first, which already puts overdue first.
  const due = [...result.peerCheckInsDue].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn),
  );
  return {
    portal,
    query,
    peers,
    totalCount,
    nextCursor,
    due,
    municipalities: municipalitiesInDistrict(portal.districtId).map(({ number, name }) => ({ number, name })),
    themes: THEMES.map(({ id }) => id),
  };
}
