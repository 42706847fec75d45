import { Outlet } from 'react-router';
import type { Route } from './+types/national';
import { nationalMiddleware } from '../../middleware/national.server';

/** Pathless layout around the national office's own pages: see nationalMiddleware. */
export const middleware: Route.MiddlewareFunction[] = [nationalMiddleware];

export default function NationalLayout() {
  return <Outlet />;
}
