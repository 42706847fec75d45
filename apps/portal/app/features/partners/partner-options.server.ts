import type { Gateway } from '../../shared/gateway/gateway.server';
import { byNorwegianName } from '@selvhjelp/domain';
import { graphql } from '../../generated';
import type { PartnerOptionsQuery } from '../../generated/graphql';

const PartnerOptionsDocument = graphql(`
  query PartnerOptions($after: String, $districtId: ID) {
    partners(filter: { districtId: $districtId }, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** 20 pages of the gateway's largest size; a district with more partners than this needs a search instead. */
const MAX_PAGES = 20;

/**
 * Every partner of the viewer's district (the gateway scopes them), by name, as options for a form;
 * for the national office, those of `districtId`.
 */
export async function partnerOptions(
  gateway: Gateway,
  districtId: string | null = null,
): Promise<{ id: string; name: string }[]> {
  const options: { id: string; name: string }[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { partners }: PartnerOptionsQuery = await gateway.query(PartnerOptionsDocument, { after, districtId });
    options.push(...partners.edges.map(({ node }) => node));
    if (!partners.pageInfo.hasNextPage || !partners.pageInfo.endCursor) break;
    after = partners.pageInfo.endCursor;
  }
  return options.sort(byNorwegianName);
}
