import { isRouteErrorResponse, Outlet } from 'react-router';
import type { Route } from './+types/layout';
import { ErrorPage } from '../../shared/ui/error-page';
import { Main } from '../../shared/ui/page';
import { PublicHeader } from '../../shared/ui/public-header';
import { useI18n } from '../../shared/i18n/i18n-context';

/** `/undersokelse/:token`: the public survey pages, outside the staff portals and without login. */
export default function SurveyLayout() {
  const { t } = useI18n();
  return (
    <>
      <PublicHeader office={t('app.name')} />
      <Main>
        <Outlet />
      </Main>
    </>
  );
}

/** An unknown link is the 404 page; it says no more (a token is not something to guess at). */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage status={isRouteErrorResponse(error) ? error.status : 500} home="/grupper" />;
}
