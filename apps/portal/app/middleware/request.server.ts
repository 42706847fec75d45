import type { MiddlewareFunction } from 'react-router';
import { gatewayContext, langContext, sessionContext } from '../context.server';
import { env } from '../env.server';
import { createGateway } from '../gateway/gateway.server';
import { readLang } from '../i18n/lang.server';
import { readSession } from '../session/session-cookie.server';

/**
 * Runs first for every request: reads the language and session cookies and creates this
 * request's gateway client, then adds headers every answer should carry.
 */
export const requestMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  const lang = await readLang(request);
  const session = await readSession(request);
  context.set(langContext, lang);
  context.set(sessionContext, session);
  context.set(
    gatewayContext,
    createGateway(env.GATEWAY_URL, {
      token: session?.token ?? null,
      forwardedFor: request.headers.get('X-Forwarded-For'),
      userAgent: request.headers.get('User-Agent'),
      lang,
    }),
  );

  const response = await next();
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('X-Frame-Options', 'DENY');
  // Password links carry their token in the query: no Referer to other sites. (Not
  // `no-referrer`: browsers then send `Origin: null` on form posts, which React Router's
  // CSRF check rightly refuses.)
  response.headers.set('Referrer-Policy', 'same-origin');
  if (!response.headers.has('Cache-Control')) response.headers.set('Cache-Control', 'no-store');
  return response;
};
