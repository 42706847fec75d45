import { Writable } from 'node:stream';
import { renderToPipeableStream } from 'react-dom/server';
import type { EntryContext, HandleErrorFunction, RouterContextProvider } from 'react-router';
import { isRouteErrorResponse, ServerRouter } from 'react-router';
import { nonceContext } from './context.server';
import { I18nProvider } from './shared/i18n/i18n-context';
import { readLang } from './shared/i18n/lang.server';
import { NonceProvider } from './security/nonce';
import { isAnonymousSurveyPath } from './middleware/caller.server';

// server.js reads its port from the same validated settings the app uses.
export { env as portalEnv } from './env.server';

export const streamTimeout = 5_000;

/**
 * Renders the whole document before answering (no streaming): every page must be complete
 * without JavaScript. The language comes from the request itself, so error pages rendered
 * before any loader ran are translated too. Every script React Router writes carries the
 * nonce the root middleware put in the Content-Security-Policy header.
 *
 * Since nothing is sent before the page is complete, the page is collected and answered as one
 * body: React writes it in pieces of a few kilobytes, and each piece would otherwise travel
 * through a Node stream, a web stream and the socket (or the compressor) on its own.
 */
export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: RouterContextProvider,
): Promise<Response> {
  if (request.method.toUpperCase() === 'HEAD') {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }
  const lang = await readLang(request);
  const nonce = loadContext.get(nonceContext);

  return new Promise((resolve, reject) => {
    let status = responseStatusCode;
    const timeoutId = setTimeout(() => abort(), streamTimeout + 1000);
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider nonce={nonce}>
        <I18nProvider lang={lang}>
          <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
        </I18nProvider>
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          const chunks: Buffer[] = [];
          const page = new Writable({
            // React waits for 'drain' past the high-water mark; collecting in memory needs no wait.
            highWaterMark: Number.MAX_SAFE_INTEGER,
            write(chunk: Buffer, _encoding, callback) {
              chunks.push(chunk);
              callback();
            },
            final(callback) {
              clearTimeout(timeoutId);
              const body = Buffer.concat(chunks);
              responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
              responseHeaders.set('Content-Length', String(body.byteLength));
              resolve(new Response(body, { headers: responseHeaders, status }));
              callback();
            },
          });
          page.once('error', reject);
          pipe(page);
        },
        onShellError(error: unknown) {
          clearTimeout(timeoutId);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
        onError(error: unknown) {
          status = 500;
          logServerError(error, request);
        },
      },
    );
  });
}

/**
 * Errors in loaders, actions and rendering: logged here with the request, never sent to the
 * browser (the production build answers "Unexpected Server Error" and the error page shows
 * no detail). Aborted requests (the browser went away) are not errors.
 */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error)) return;
  logServerError(error, request);
};

function logServerError(error: unknown, request: Request): void {
  // A survey's link names the survey: its errors are logged without it (decision 0025).
  const pathname = new URL(request.url).pathname;
  const path = isAnonymousSurveyPath(pathname) ? '/undersokelse/…' : pathname;
  console.error(`${request.method} ${path} failed:`, error);
}
