import type { Route } from './+types/graphql-proxy';
import { env } from '../../env.server';

/** Larger bodies are no query a person types; the gateway has its own, stricter limits. */
const MAX_BODY_BYTES = 100_000;

/** What the gateway needs from the browser's request; cookies and the portal's session never go. */
const FORWARDED_REQUEST_HEADERS = ['authorization', 'accept-language', 'idempotency-key', 'x-forwarded-for'];
/** What the browser needs from the gateway's answer (429's Retry-After, 401's challenge among them). */
const FORWARDED_ANSWER_HEADERS = [
  'content-type',
  'retry-after',
  'www-authenticate',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
];

/**
 * `/api/graphql`: the explorer's same-origin way to the gateway, whose own address browsers need
 * not reach (no CORS there, and the explorer page may talk only to its own origin). A plain relay:
 * the caller's own `Authorization` passes through unread and unstored, and the portal's session
 * cookie is never added, so a page on another site gains nothing by posting here (decision 0030).
 */
export async function action({ request }: Route.ActionArgs) {
  if (request.method !== 'POST') return new Response(null, { status: 405, headers: { Allow: 'POST' } });
  if (!request.headers.get('content-type')?.startsWith('application/json'))
    return Response.json({ errors: [{ message: 'Content-Type must be application/json' }] }, { status: 415 });
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES)
    return Response.json({ errors: [{ message: 'Request body too large' }] }, { status: 413 });

  const headers = new Headers({ 'Content-Type': 'application/json' });
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const answer = await fetch(env.GATEWAY_URL, { method: 'POST', headers, body });
  const relayed = new Headers({ 'Cache-Control': 'no-store' });
  for (const name of FORWARDED_ANSWER_HEADERS) {
    const value = answer.headers.get(name);
    if (value) relayed.set(name, value);
  }
  return new Response(await answer.text(), { status: answer.status, headers: relayed });
}

export function loader() {
  return new Response(null, { status: 405, headers: { Allow: 'POST' } });
}
