import { Outlet } from 'react-router';
import type { Route } from './+types/district';
import { districtMiddleware } from '../../middleware/district.server';

/** Pathless layout around the district-only pages: see districtMiddleware. */
export const middleware: Route.MiddlewareFunction[] = [districtMiddleware];

export default function DistrictLayout() {
  return <Outlet />;
}
