import type { RouterContextProvider } from 'react-router';
import { gatewayContext, portalContext, viewerContext } from '../../context.server';
import { graphql } from '../../generated';
import { navigationFor } from '../../portal/navigation';

const DistrictOfficeDocument = graphql(`
  query DistrictOffice($id: ID!) {
    district(id: $id) {
      id
      name
      officeTown
    }
  }
`);

/** What the shell's header shows: the office (from the gateway), the user, the navigation. */
export async function loadShell(context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  const viewer = context.get(viewerContext);
  const office =
    portal.kind === 'district'
      ? (await context.get(gatewayContext).query(DistrictOfficeDocument, { id: portal.districtId })).district
      : null;
  return {
    portal,
    viewer: { name: viewer.name, role: viewer.role },
    office: office ? { name: office.name, officeTown: office.officeTown } : null,
    navigation: navigationFor(portal, viewer.role),
  };
}
