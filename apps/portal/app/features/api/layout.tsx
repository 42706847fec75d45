import { Link, Paragraph } from '@digdir/designsystemet-react';
import { isRouteErrorResponse, Outlet } from 'react-router';
import type { Route } from './+types/layout';
import { useI18n } from '../../shared/i18n/i18n-context';
import { LanguageSwitch } from '../../shared/ui/language-switch';
import { ErrorPage } from '../../shared/ui/error-page';
import { Main } from '../../shared/ui/page';
import apiStylesHref from './api.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: apiStylesHref }];

/**
 * `/api/…`: documentation and explorer for partner organisations, outside the staff portals (no
 * login, no session). Plain links between the two pages, not client-side navigation: the
 * explorer's document carries its own Content-Security-Policy (decision 0030).
 */
export default function ApiLayout() {
  const { t } = useI18n();
  return (
    <>
      <header className="portal-header">
        <div className="portal-header__inner">
          <Paragraph className="portal-header__office">
            <Link href="/api/dokumentasjon" data-color="neutral">
              <strong>{t('api.header')}</strong>
            </Link>
          </Paragraph>
          <nav aria-label={t('api.nav.label')} className="api-nav">
            <Link href="/api/dokumentasjon">{t('api.nav.docs')}</Link>
            <Link href="/api/utforsker">{t('api.nav.explorer')}</Link>
          </nav>
          <div className="portal-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <Main>
        <Outlet />
      </Main>
    </>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage status={isRouteErrorResponse(error) ? error.status : 500} home="/api/dokumentasjon" />;
}
