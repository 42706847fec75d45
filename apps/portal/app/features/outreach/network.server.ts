import type { RouterContextProvider } from 'react-router';
import { districtContext, gatewayContext } from '../../context.server';
import { graphql } from '../../generated';

const NetworkMapDocument = graphql(`
  query NetworkMap($districtId: ID) {
    networkMap(districtId: $districtId) {
      district {
        id
        name
      }
      municipalities {
        municipality {
          number
          name
        }
        activePartners
        partners
        groups
        activePartnersByType {
          type
          count
        }
      }
      activePartnersByType {
        type
        count
      }
      withNeither {
        number
        name
      }
      withoutActivePartner {
        number
        name
      }
      withoutGroup {
        number
        name
      }
      activePartnersElsewhere
    }
  }
`);

/** GET nettverk: the district's partners and groups against its municipalities. */
export async function loadNetworkMap(context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const { networkMap } = await context.get(gatewayContext).query(NetworkMapDocument, { districtId: portal.districtId });
  return { portal, network: networkMap };
}
