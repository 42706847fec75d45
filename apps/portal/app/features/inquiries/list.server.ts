import type { RouterContextProvider } from 'react-router';
import { districtContext, gatewayContext } from '../../context.server';
import { graphql } from '../../generated';
import { listPageOf, queryListPage } from '../../shared/list/list-page.server';
import { parseInquiryListQuery, toInquiryFilter } from './list-query';

const InquiryListDocument = graphql(`
  query InquiryList($filter: InquiryFilter, $first: Int, $after: String) {
    inquiries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          receivedOn
          receivedTime
          channel
          inquirerType
          publicServiceType
          partner {
            id
            name
          }
          themes {
            id
            label
          }
          municipality {
            number
            name
          }
          minutesSpent
          hasCase
          serviceReferral {
            reference
            serviceUnit
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

/** GET henvendelser: one page of the district's inquiries, newest first (each one shown is in the access log). */
export async function loadInquiryList(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const query = parseInquiryListQuery(new URL(request.url).searchParams);
  const result = await queryListPage(
    context.get(gatewayContext),
    InquiryListDocument,
    { filter: toInquiryFilter(query), first: PAGE_SIZE, after: query.after || null },
    query,
  );
  const { nodes: inquiries, totalCount, nextCursor } = listPageOf(result.inquiries);
  return { portal, query, inquiries, totalCount, nextCursor };
}
