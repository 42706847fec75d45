import type { Lang } from '../shared/i18n/i18n';
import type { GatewayCaller } from '../shared/gateway/gateway.server';

/** The public survey pages: `/undersokelse/<token>` and everything below it. */
export function isAnonymousSurveyPath(pathname: string): boolean {
  return pathname === '/undersokelse' || pathname.startsWith('/undersokelse/');
}

/**
 * Who the gateway is told the caller is. On the public survey pages: nobody. No address, no user
 * agent and no session token go on, so an answer sheet cannot be tied to a person even in the
 * gateway's own logs or rate limits (decision 0025); everywhere else the gateway sees the caller
 * for its login throttle and audit.
 */
export function callerOf(request: Request, token: string | null, lang: Lang): GatewayCaller {
  if (isAnonymousSurveyPath(new URL(request.url).pathname)) {
    return { token: null, forwardedFor: null, userAgent: null, lang };
  }
  return {
    token,
    forwardedFor: request.headers.get('X-Forwarded-For'),
    userAgent: request.headers.get('User-Agent'),
    lang,
  };
}
