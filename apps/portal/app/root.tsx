import './zod-config';
import { SkipLink } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration } from 'react-router';
import type { Route } from './+types/root';
import { ErrorPage } from './shared/ui/error-page';
import { useI18n } from './shared/i18n/i18n-context';
import { requestMiddleware } from './middleware/request.server';
import { useNonce } from './security/nonce';
import appStylesHref from './styles/app.css?url';

export const middleware: Route.MiddlewareFunction[] = [requestMiddleware];

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: appStylesHref },
  // No favicon request at all: nothing to fetch, nothing to 404.
  { rel: 'icon', href: 'data:,' },
];

export function Layout({ children }: { children: ReactNode }) {
  const { lang, t } = useI18n();
  const nonce = useNonce();
  return (
    <html lang={lang} data-color-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        {/* Stylesheets come from 'self' and need no nonce; "" keeps ServerRouter's from being added. */}
        <Links nonce="" />
      </head>
      <body>
        <SkipLink href="#main">{t('app.skipToMain')}</SkipLink>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  if (isRouteErrorResponse(error)) return <ErrorPage status={error.status} />;
  // Details only while developing; production shows the plain 500 page.
  const detail = import.meta.env.DEV && error instanceof Error ? error.stack : undefined;
  return <ErrorPage status={500} detail={detail} />;
}
