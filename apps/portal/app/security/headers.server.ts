import { randomBytes } from 'node:crypto';

/** A fresh script nonce for one response: 128 random bits, base64 as CSP expects. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

export interface PolicyOptions {
  /** `react-router dev`: Vite's client injects styles and talks to its HMR socket. */
  dev: boolean;
  /**
   * The API explorer's page (decision 0030): GraphiQL's editor, Monaco, adds <style> elements
   * from JavaScript with no way to give them a nonce, and its stylesheet carries its fonts as
   * data: URLs. Scripts stay exactly as strict as everywhere else.
   */
  editor?: boolean;
}

/** Pages whose document needs the editor's policy; links to them are plain (full-page) links. */
export const EDITOR_PAGES: ReadonlySet<string> = new Set(['/api/utforsker']);

/**
 * The Content-Security-Policy of every answer. Scripts run only from this origin and only
 * when they carry this response's nonce (React Router's inline hydration data, module
 * imports and scroll restoration all do); styles come from our own stylesheet, with no style
 * attributes in the markup. Nothing may be framed, embedded, or used as a base URL, and
 * forms post only here.
 */
export function contentSecurityPolicy(nonce: string, { dev, editor = false }: PolicyOptions): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`],
    // Vite's dev client adds <style> elements from JavaScript; the built app links one file.
    'style-src': dev || editor ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    // The favicon is `data:,` so that no request is made for it.
    'img-src': ["'self'", 'data:'],
    'font-src': editor ? ["'self'", 'data:'] : ["'self'"],
    'connect-src': dev ? ["'self'", 'ws:', 'wss:'] : ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Browsers remember to use https only for a year, subdomains included (production only). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * Headers every answer carries, HTML or not. Set only when a route has not chosen its own
 * (file downloads set their own Cache-Control).
 */
export function applySecurityHeaders(
  headers: Headers,
  nonce: string,
  options: PolicyOptions & { production: boolean },
): void {
  headers.set('Content-Security-Policy', contentSecurityPolicy(nonce, options));
  if (options.production) headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('X-Frame-Options', 'DENY');
  // Password links carry their token in the query: no Referer to other sites. (Not
  // `no-referrer`: browsers then send `Origin: null` on form posts, which React Router's
  // CSRF check rightly refuses.)
  headers.set('Referrer-Policy', 'same-origin');
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
}
