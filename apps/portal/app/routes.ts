import type { RouteConfig } from '@react-router/dev/routes';
import { index, layout, route } from '@react-router/dev/routes';

// One route table for both ways of running: unpinned, `/` lists every office; pinned
// (PORTAL_DISTRICT), the `:portal` middleware answers 404 for all but its own district, so the
// URLs are the same either way.
export default [
  index('routes/start.tsx'),
  route('healthz', 'routes/healthz.ts'),
  route('sprak', 'routes/language.ts'),
  route(':portal', 'routes/portal/layout.tsx', [
    route('logg-inn', 'routes/portal/login.tsx'),
    route('logg-ut', 'routes/portal/logout.ts'),
    route('nytt-passord', 'routes/portal/new-password.tsx'),
    layout('routes/portal/shell.tsx', [
      index('routes/portal/home.tsx'),
      route('brukere', 'routes/portal/users.tsx'),
      route('distrikter', 'routes/portal/districts.tsx'),
    ]),
    route('*', 'routes/not-found.tsx', { id: 'portal-not-found' }),
  ]),
  route('*', 'routes/not-found.tsx', { id: 'not-found' }),
] satisfies RouteConfig;
