import type { MiddlewareFunction } from 'react-router';
import { gatewayContext, langContext, nonceContext, sessionContext } from '../context.server';
import { env } from '../env.server';
import { createGateway } from '../shared/gateway/gateway.server';
import { GatewayTiming } from '../shared/gateway/gateway-timing.server';
import { httpTransport } from '../shared/gateway/transport.server';
import { readLang } from '../shared/i18n/lang.server';
import { applySecurityHeaders, createNonce, EDITOR_PAGES } from '../security/headers.server';
import { readSession } from '../session/session-cookie.server';
import { callerOf } from './caller.server';

/**
 * Runs first for every request: reads the language and session cookies and creates this
 * request's gateway client and script nonce, then adds headers every answer should carry.
 */
export const requestMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  const nonce = createNonce();
  context.set(nonceContext, nonce);
  const lang = await readLang(request);
  const session = await readSession(request);
  context.set(langContext, lang);
  context.set(sessionContext, session);
  const timing = new GatewayTiming();
  context.set(
    gatewayContext,
    createGateway(env.GATEWAY_URL, callerOf(request, session?.token ?? null, lang), timing.wrap(httpTransport)),
  );

  const response = await next();
  applySecurityHeaders(response.headers, nonce, {
    dev: import.meta.env.DEV,
    editor: EDITOR_PAGES.has(new URL(request.url).pathname),
    production: env.productionSettings,
  });
  // How long the page waited for the gateway, for measuring the portal's own share of a page's
  // time (bench/page-speed.mjs). Not in production, where it would tell anyone our backend's timings.
  if (!env.productionSettings) response.headers.append('Server-Timing', timing.serverTiming());
  return response;
};
