import type { RouterContextProvider } from 'react-router';
import { byNorwegianName } from '@selvhjelp/domain';
import { districtContext, gatewayContext } from '../../context.server';
import { graphql } from '../../generated';

const StaffOptionsDocument = graphql(`
  query CaseStaffOptions($districtId: ID) {
    staffUsers(filter: { districtId: $districtId, active: true }, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** The district's active staff, by name: whom a case can be given to or its notes granted. */
export async function staffOptions(context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const { staffUsers } = await context
    .get(gatewayContext)
    .query(StaffOptionsDocument, { districtId: portal.districtId });
  return staffUsers.edges.map(({ node }) => node).sort(byNorwegianName);
}
