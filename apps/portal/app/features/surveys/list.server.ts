import type { RouterContextProvider } from 'react-router';
import { gatewayContext, portalContext } from '../../context.server';
import { graphql } from '../../generated';

const SurveyListDocument = graphql(`
  query SurveyList {
    surveys {
      id
      title
      opensOn
      closesOn
      phase
      hasResponses
      district {
        id
        name
      }
    }
  }
`);

/**
 * GET undersokelser. The gateway gives district staff their own district's surveys and national
 * roles every survey; a district's portal lists that district's only (an ADMIN looking in there
 * sees what its staff see), the national portal lists them all.
 */
export async function loadSurveyList(context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  const { surveys } = await context.get(gatewayContext).query(SurveyListDocument);
  return {
    portal,
    surveys:
      portal.kind === 'district' ? surveys.filter((survey) => survey.district?.id === portal.districtId) : surveys,
  };
}
