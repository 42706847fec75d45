import type { RouterContextProvider } from 'react-router';
import { data } from 'react-router';
import { gatewayContext, portalContext, viewerContext } from '../../context.server';
import { graphql } from '../../generated';

const DistrictHomeDocument = graphql(`
  query DistrictHome($id: ID!) {
    district(id: $id) {
      id
      name
      counties {
        number
        name
        municipalities {
          number
        }
      }
    }
  }
`);

export const DistrictsOverviewDocument = graphql(`
  query DistrictsOverview {
    districts {
      id
      name
      officeTown
      counties {
        number
        name
        municipalities {
          number
        }
      }
    }
  }
`);

interface CountySummary {
  number: string;
  name: string;
  municipalityCount: number;
}

const summarise = (county: { number: string; name: string; municipalities: readonly unknown[] }): CountySummary => ({
  number: county.number,
  name: county.name,
  municipalityCount: county.municipalities.length,
});

/** The district offices with their counties, as the national pages show them. */
export async function loadDistrictsOverview(context: Readonly<RouterContextProvider>) {
  const { districts } = await context.get(gatewayContext).query(DistrictsOverviewDocument);
  return districts.map((district) => ({
    id: district.id,
    name: district.name,
    officeTown: district.officeTown,
    counties: district.counties.map(summarise),
  }));
}

/** Home of a portal: a district's counties, or every district for the national office. */
export async function loadHome(context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  const viewer = context.get(viewerContext);
  const user = { name: viewer.name, role: viewer.role };
  if (portal.kind === 'national') {
    return { kind: 'national' as const, user, districts: await loadDistrictsOverview(context) };
  }
  const { district } = await context.get(gatewayContext).query(DistrictHomeDocument, { id: portal.districtId });
  if (!district) throw data(null, { status: 404 });
  return { kind: 'district' as const, user, districtName: district.name, counties: district.counties.map(summarise) };
}
