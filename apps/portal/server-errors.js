// The last error handler of server.js, in its own file so that a test can drive it.
import { STATUS_CODES } from 'node:http';

/**
 * Errors outside React Router (a malformed request in Express or the static file server)
 * end here instead of in Express's default handler, which shows stacks and paths unless
 * NODE_ENV says production: a bare status line for the browser, the details for the log.
 */
export function finalErrorHandler(log = (line) => process.stderr.write(line)) {
  return (error, req, res, _next) => {
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500)
      log(
        `${req.method} ${req.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(status);
    res.set({
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.send(`${status} ${STATUS_CODES[status] ?? 'Error'}\n`);
  };
}
