import type { RouterContextProvider } from 'react-router';
import { data } from 'react-router';
import { portalContext, viewerContext } from '../../context.server';
import { offersApiClientAdministration } from '../../shared/layout/navigation';
import type { Portal } from '../../shared/layout/portals';

/**
 * The API client pages answer 403 to anyone the menu does not offer them to, before any gateway
 * call: the form's options (partners, districts) would otherwise load for a national user. The
 * gateway still decides every read and write (apiClientAdministrationScope).
 */
export function requireApiClientAdministration(context: Readonly<RouterContextProvider>): Portal {
  const portal = context.get(portalContext);
  if (!offersApiClientAdministration(portal, context.get(viewerContext).role)) throw data(null, { status: 403 });
  return portal;
}

/** The answers that carry a key are never kept by a browser or a proxy. */
export const NO_STORE = { 'Cache-Control': 'no-store' } as const;
