import { Outlet } from 'react-router';
import type { Route } from './+types/layout';
import { ErrorPage } from '../../shared/ui/error-page';
import { FinderHeader } from './components/finder-header';
import { Main } from '../../shared/ui/page';
import { isRouteErrorResponse } from 'react-router';

/** Every finder page points feed readers to the public Meeting Guide feed. */
export const links: Route.LinksFunction = () => [
  { rel: 'alternate', type: 'application/json', href: '/grupper/meeting-guide.json', title: 'Meeting Guide' },
];

/** `/grupper`: the public group finder, outside the staff portals. */
export default function FinderLayout() {
  return (
    <>
      <FinderHeader />
      <Main>
        <Outlet />
      </Main>
    </>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage status={isRouteErrorResponse(error) ? error.status : 500} home="/grupper" />;
}
