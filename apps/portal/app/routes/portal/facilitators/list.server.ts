import type { RouterContextProvider } from 'react-router';
import { municipalitiesInDistrict, THEMES } from '@selvhjelp/domain';
import { gatewayContext, portalContext } from '../../../context.server';
import { graphql } from '../../../generated';
import { isGatewayError } from '../../../gateway/errors';
import { parseFacilitatorListQuery, toFacilitatorFilter } from '../../../training/list-query';
import { requireDistrictPortal } from '../groups/list.server';

const FacilitatorListDocument = graphql(`
  query FacilitatorList($filter: FacilitatorFilter, $first: Int, $after: String, $districtId: ID) {
    facilitators(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          availability
          municipality {
            number
            name
          }
          themes {
            id
            label
          }
          qualification {
            status
            lapsesOn
          }
        }
      }
    }
    facilitatorAttention(districtId: $districtId) {
      lapsingSoon {
        id
        name
        qualification {
          lapsesOn
        }
      }
      inactive {
        id
        name
      }
      startingTooLong {
        id
        name
      }
    }
  }
`);

const PAGE_SIZE = 25;

/** GET igangsettere: one page of the district's facilitators, and what needs attention. */
export async function loadFacilitatorList(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  requireDistrictPortal(portal);
  const gateway = context.get(gatewayContext);
  const query = parseFacilitatorListQuery(new URL(request.url).searchParams);
  const variables = { filter: toFacilitatorFilter(query), first: PAGE_SIZE, after: query.after || null, districtId: portal.districtId };
  const result = await gateway.query(FacilitatorListDocument, variables).catch((error: unknown) => {
    // A cursor from an old link starts again from the first page.
    if (query.after && isGatewayError(error, 'BAD_USER_INPUT')) {
      query.after = '';
      return gateway.query(FacilitatorListDocument, { ...variables, after: null });
    }
    throw error;
  });
  return {
    portal,
    query,
    facilitators: result.facilitators.edges.map(({ node }) => node),
    totalCount: result.facilitators.totalCount,
    nextCursor: result.facilitators.pageInfo.hasNextPage ? (result.facilitators.pageInfo.endCursor ?? null) : null,
    attention: result.facilitatorAttention,
    municipalities: municipalitiesInDistrict(portal.districtId).map(({ number, name }) => ({ number, name })),
    themes: THEMES.map(({ id }) => id),
  };
}
