import type { MiddlewareFunction } from 'react-router';
import { data } from 'react-router';
import { districtContext, portalContext } from '../context.server';

/**
 * Registers are kept per district; the national office reads every district's through its own
 * pages. Pages under the district layout answer 404 on the national portal, as if they did not
 * exist, and their loaders and actions read the checked district from `districtContext`.
 */
export const districtMiddleware: MiddlewareFunction<Response> = ({ context }) => {
  const portal = context.get(portalContext);
  if (portal.kind !== 'district') throw data(null, { status: 404 });
  context.set(districtContext, portal);
};
