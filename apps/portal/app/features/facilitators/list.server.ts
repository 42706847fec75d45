import { data } from 'react-router';
import type { RouterContextProvider } from 'react-router';
import { municipalitiesInDistrict, THEMES } from '@selvhjelp/domain';
import { districtContext, gatewayContext, viewerContext } from '../../context.server';
import { graphql } from '../../generated';
import { formText } from '../../shared/forms/form-data';
import { toGatewayError } from '../../shared/gateway/errors';
import { listPageOf, queryListPage } from '../../shared/list/list-page.server';
import { parseFacilitatorListQuery, toFacilitatorFilter } from '../courses/list-query';

const FacilitatorListDocument = graphql(`
  query FacilitatorList($filter: FacilitatorFilter, $first: Int, $after: String, $districtId: ID) {
    facilitators(filter: $filter, first: $first, after: $after) {
      totalCount
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
            number
            name
          }
          themes {
            id
            label
          }
          qualification {
            status
            lapsesOn
          }
        }
      }
    }
    districtSettings(districtId: $districtId) {
      refresherIntervalMonths
    }
    facilitatorAttention(districtId: $districtId) {
      lapsingSoon {
        id
        name
        qualification {
          lapsesOn
        }
      }
      inactive {
        id
        name
      }
      startingTooLong {
        id
        name
      }
    }
  }
`);

const PAGE_SIZE = 25;

/** GET igangsettere: one page of the district's facilitators, and what needs attention. */
export async function loadFacilitatorList(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const query = parseFacilitatorListQuery(new URL(request.url).searchParams);
  const variables = {
    filter: toFacilitatorFilter(query),
    first: PAGE_SIZE,
    after: query.after || null,
    districtId: portal.districtId,
  };
  const result = await queryListPage(gateway, FacilitatorListDocument, variables, query);
  const { nodes: facilitators, totalCount, nextCursor } = listPageOf(result.facilitators);
  return {
    portal,
    query,
    facilitators,
    totalCount,
    nextCursor,
    attention: result.facilitatorAttention,
    refresherIntervalMonths: result.districtSettings.refresherIntervalMonths,
    // Only the district lead may change it; the gateway decides, this only hides the form.
    mayEditSettings: context.get(viewerContext).role === 'DISTRICT_LEAD',
    municipalities: municipalitiesInDistrict(portal.districtId).map(({ number, name }) => ({ number, name })),
    themes: THEMES.map(({ id }) => id),
  };
}

const SetRefresherIntervalDocument = graphql(`
  mutation SetRefresherInterval($months: Int!) {
    setRefresherInterval(months: $months) {
      refresherIntervalMonths
    }
  }
`);

/** POST igangsettere: the district lead sets how long a qualification lasts. */
export async function updateRefresherInterval(request: Request, context: Readonly<RouterContextProvider>) {
  const value = formText(await request.formData(), 'months').trim();
  const months = /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
  try {
    if (Number.isNaN(months)) throw new Error('not a number');
    const { setRefresherInterval } = await context.get(gatewayContext).mutate(SetRefresherIntervalDocument, { months });
    return { settings: { saved: setRefresherInterval.refresherIntervalMonths, error: null, value } };
  } catch (error) {
    if (Number.isNaN(months)) return data({ settings: { saved: null, error: 'NOT_A_NUMBER', value } }, 400);
    const gatewayError = toGatewayError(error);
    if (gatewayError.code === 'BAD_USER_INPUT' || gatewayError.code === 'FORBIDDEN') {
      return data(
        { settings: { saved: null, error: gatewayError.message, value } },
        gatewayError.code === 'FORBIDDEN' ? 403 : 400,
      );
    }
    throw error;
  }
}
