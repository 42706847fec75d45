import type { RouterContextProvider } from 'react-router';
import { gatewayContext } from '../../context.server';
import { graphql } from '../../generated';

// The district's own overview on its home page: this calendar year (the gateway's default
// period), its own district only (the gateway refuses any other to district staff).
const DistrictFiguresDocument = graphql(`
  query DistrictFigures($districtId: ID!) {
    overview(districts: [$districtId]) {
      period {
        from
        to
      }
      suppressionThreshold
      tables {
        ...StatTableFields
      }
    }
  }
`);

export async function loadDistrictFigures(context: Readonly<RouterContextProvider>, districtId: string) {
  const { overview } = await context.get(gatewayContext).query(DistrictFiguresDocument, { districtId });
  return overview;
}
