import type { RouterContextProvider } from 'react-router';
import { municipalitiesInDistrict } from '@selvhjelp/domain';
import { districtContext, gatewayContext } from '../../context.server';
import { graphql } from '../../generated';
import { listPageOf, queryListPage } from '../../shared/list/list-page.server';
import { parsePartnerListQuery, toPartnerFilter } from './list-query';

export const PartnerListDocument = graphql(`
  query PartnerList($filter: PartnerFilter, $first: Int, $after: String) {
    partners(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          type
          status
          lastContactOn
          municipality {
            number
            name
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

/** GET samarbeidspartnere: one page of the district's partners, filtered. */
export async function loadPartnerList(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const query = parsePartnerListQuery(new URL(request.url).searchParams);
  const variables = { filter: toPartnerFilter(query), first: PAGE_SIZE, after: query.after || null };
  const result = await queryListPage(gateway, PartnerListDocument, variables, query);
  const { nodes: partners, totalCount, nextCursor } = listPageOf(result.partners);
  return {
    portal,
    query,
    partners,
    totalCount,
    nextCursor,
    municipalities: municipalitiesInDistrict(portal.districtId).map(({ number, name }) => ({ number, name })),
  };
}
