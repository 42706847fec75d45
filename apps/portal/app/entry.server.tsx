import { renderToString } from 'react-dom/server';
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
 * No page streams deferred data (no `<Await>`, no `<Suspense>`), so the only thing a render
 * could wait for is React Router's own copy of the loader data for hydration, which it reads from
 * `serverHandoffStream` inside a `<Suspense>`. That stream is read here first, into the cache its
 * reader fills (`renderMeta.streamCache`, part of `EntryContext`), so the render never suspends
 * and React's synchronous `renderToString` writes the page as one string: no stream, no encoding
 * in 4 kB pieces, no scheduling between them (decision 0017).
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
  let status = responseStatusCode;
  // ServerRouter takes a reader of serverHandoffStream as it renders: give it an unread one, which
  // it will not read, since the cache answers.
  const context = { ...routerContext, serverHandoffStream: routerContext.serverHandoffStream && new ReadableStream() };
  try {
    await readHandoff(routerContext.serverHandoffStream, context);
  } catch (error) {
    // Rendered as React would have: the page without its data for hydration, answered as a 500.
    status = 500;
    logServerError(error, request);
  }
  // A render error throws here; React Router logs it (handleError) and renders the error page.
  const html = renderToString(
    <NonceProvider nonce={nonce}>
      <I18nProvider lang={lang}>
        <ServerRouter context={context} url={request.url} nonce={nonce} />
      </I18nProvider>
    </NonceProvider>,
  );
  // renderToString leaves out the doctype the streaming renderers put before <html>.
  const body = Buffer.from(`<!DOCTYPE html>${html}`);
  responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
  responseHeaders.set('Content-Length', String(body.byteLength));
  return new Response(body, { headers: responseHeaders, status });
}

type StreamCache = NonNullable<NonNullable<EntryContext['renderMeta']>['streamCache']>;
type StreamCacheEntry = StreamCache[number];

/**
 * Reads React Router's loader-data stream to the end, chunk by chunk, into the entries its
 * `<StreamTransfer>` reads (entry n: chunk n as text, the last one `done`), within
 * `streamTimeout`. A failure leaves the entry it was reading as an error, which the render shows
 * as that boundary's (empty) fallback, and throws.
 */
async function readHandoff(stream: ReadableStream<Uint8Array> | undefined, context: EntryContext): Promise<void> {
  if (!stream) return;
  const cache: StreamCache = {};
  context.renderMeta = { ...context.renderMeta, streamCache: cache };
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const settled = (entry: Partial<Pick<StreamCacheEntry, 'result' | 'error'>>): StreamCacheEntry =>
    Object.assign(Promise.resolve(), entry);
  let timeoutId: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timeoutId = setTimeout(
      () => reject(new Error(`Loader data not complete after ${streamTimeout} ms`)),
      streamTimeout,
    );
  });
  try {
    for (let identifier = 0; ; identifier++) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await Promise.race([reader.read(), timeout]);
      } catch (error) {
        cache[identifier] = settled({ error });
        void reader.cancel(error).catch(() => undefined);
        throw error;
      }
      cache[identifier] = settled({
        result: { done: chunk.done, value: decoder.decode(chunk.value, { stream: true }) },
      });
      if (chunk.done) return;
    }
  } finally {
    clearTimeout(timeoutId);
  }
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
