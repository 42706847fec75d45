import type { Gateway } from '../../shared/gateway/gateway.server';
import { graphql } from '../../generated';
import type { FacilitatorFilter, FacilitatorOptionsQuery } from '../../generated/graphql';

const FacilitatorOptionsDocument = graphql(`
  query FacilitatorOptions($filter: FacilitatorFilter, $after: String) {
    facilitators(filter: $filter, first: 100, after: $after) {
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
            name
          }
        }
      }
    }
  }
`);

/** Pages the gateway allows at most; a district with more facilitators than this needs a search instead. */
const MAX_PAGES = 10;

/** The district's facilitators (the gateway scopes them) matching `filter`, as options for a select. */
export async function facilitatorOptions(gateway: Gateway, filter: FacilitatorFilter | null = null) {
  const options: FacilitatorOptionsQuery['facilitators']['edges'][number]['node'][] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { facilitators }: FacilitatorOptionsQuery = await gateway.query(FacilitatorOptionsDocument, {
      filter,
      after,
    });
    options.push(...facilitators.edges.map(({ node }) => node));
    if (!facilitators.pageInfo.hasNextPage || !facilitators.pageInfo.endCursor) break;
    after = facilitators.pageInfo.endCursor;
  }
  return options;
}
