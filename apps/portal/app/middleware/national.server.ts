import type { MiddlewareFunction } from 'react-router';
import { data } from 'react-router';
import { portalContext, viewedDistrictContext } from '../context.server';
import { isDistrictId } from '../shared/layout/portals';

/**
 * Pages of the national office (the overview, one district read from afar) answer 404 in a
 * district's portal, as if they did not exist there.
 */
export const nationalMiddleware: MiddlewareFunction<Response> = ({ context }) => {
  if (context.get(portalContext).kind !== 'national') throw data(null, { status: 404 });
};

/**
 * `distrikter/:districtId`: an unknown district is 404; a known one goes on the context, so the
 * pages below ask the gateway for that district only.
 */
export const viewedDistrictMiddleware: MiddlewareFunction<Response> = ({ params, context }) => {
  const districtId = params.districtId;
  if (!isDistrictId(districtId)) throw data(null, { status: 404 });
  context.set(viewedDistrictContext, districtId);
};
