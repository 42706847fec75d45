import { data } from 'react-router';
import type { Portal } from '../layout/portals';
import { toLogin } from '../../session/to-login.server';
import { GatewayError } from './errors';
import type { Gateway } from './gateway.server';

/**
 * The gateway as protected pages use it: an ended session becomes a redirect to this portal's
 * login (cookie cleared), FORBIDDEN a 403 page and NOT_FOUND a 404 page, so loaders and
 * actions only handle what is theirs (form input errors, conflicts).
 */
export function protectedGateway(gateway: Gateway, portal: Portal, request: Request): Gateway {
  const translate = async (error: unknown): Promise<never> => {
    if (error instanceof GatewayError) {
      if (error.code === 'UNAUTHENTICATED') throw await toLogin(portal, request, true);
      if (error.code === 'FORBIDDEN') throw data(null, { status: 403 });
      if (error.code === 'NOT_FOUND') throw data(null, { status: 404 });
    }
    throw error;
  };
  return {
    query: (document, ...variables) => gateway.query(document, ...variables).catch(translate),
    mutate: (document, ...variables) => gateway.mutate(document, ...variables).catch(translate),
    mutateWithFiles: (document, variables) => gateway.mutateWithFiles(document, variables).catch(translate),
  } satisfies Gateway;
}

/** Whether a page gateway call failed with NOT_FOUND (thrown as a 404 response above). */
export function isNotFoundResponse(error: unknown): boolean {
  if (error instanceof Response) return error.status === 404;
  const init =
    typeof error === 'object' && error !== null && 'init' in error
      ? (error as { init?: ResponseInit | null }).init
      : null;
  return init?.status === 404;
}
