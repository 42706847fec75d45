import type { RouterContextProvider } from 'react-router';
import { GROUP_LANGUAGE_CODES, municipalitiesInDistrict, THEMES } from '@selvhjelp/domain';
import { districtContext, gatewayContext } from '../../context.server';
import { graphql } from '../../generated';
import { facilitatorOptions } from '../facilitators/facilitator-options.server';

const PeerStaffOptionsDocument = graphql(`
  query PeerStaffOptions($districtId: ID) {
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

/** Options for the peer form: hints only; the gateway checks the district, staff and facilitator. */
export async function loadPeerFormOptions(context: Readonly<RouterContextProvider>, withFacilitators: boolean) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const [{ staffUsers }, facilitators] = await Promise.all([
    gateway.query(PeerStaffOptionsDocument, { districtId: portal.districtId }),
    withFacilitators ? facilitatorOptions(gateway) : Promise.resolve([]),
  ]);
  return {
    portal,
    municipalities: municipalitiesInDistrict(portal.districtId).map(({ number, name }) => ({ number, name })),
    languages: [...GROUP_LANGUAGE_CODES],
    themes: THEMES.map(({ id }) => id),
    staff: staffUsers.edges.map(({ node }) => ({ number: node.id, name: node.name })),
    facilitators: facilitators.map(({ id, name }) => ({ number: id, name })),
  };
}

export type PeerFormOptions = Awaited<ReturnType<typeof loadPeerFormOptions>>;
