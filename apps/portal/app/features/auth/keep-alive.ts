import { data } from 'react-router';
import type { Route } from './+types/keep-alive';
import { gatewayContext, portalContext, sessionContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import type { IdleTime } from '../../session/idle-warning';
import { idleTimeLeft } from '../../session/idle-time.server';
import { destroySession } from '../../session/session-cookie.server';
import { sessionOpensPortal } from '../../session/viewer.server';

// Any authenticated gateway call counts as use of the session (the gateway records it at
// least once a minute), so asking for the session is what keeps it alive.
const KeepAliveDocument = graphql(`
  query KeepAlive {
    currentSession {
      realm {
        districtId
      }
      idleExpiresAt
      idleTimeoutSeconds
    }
  }
`);

export type KeepAliveResult = { status: 'alive'; idle: IdleTime } | { status: 'ended' } | { status: 'failed' };

/**
 * POST okt: the idle warning's "Stay logged in". Answers how long the session now has, or
 * that it has ended; the page stays as it is either way, so nothing typed is lost.
 */
export async function action({ context }: Route.ActionArgs) {
  const portal = context.get(portalContext);
  if (!context.get(sessionContext)) return { status: 'ended' } satisfies KeepAliveResult;
  let session;
  try {
    session = (await context.get(gatewayContext).query(KeepAliveDocument)).currentSession;
  } catch (error) {
    if (isGatewayError(error, 'UNAUTHENTICATED')) {
      return data({ status: 'ended' } satisfies KeepAliveResult, { headers: { 'Set-Cookie': await destroySession() } });
    }
    // A thrown error would replace the page with the error page and lose what was typed.
    console.error('keep-alive failed:', error);
    return data({ status: 'failed' } satisfies KeepAliveResult, { status: 503 });
  }
  if (!sessionOpensPortal(session, portal)) throw data(null, { status: 404 });
  return { status: 'alive', idle: idleTimeLeft(session) } satisfies KeepAliveResult;
}
