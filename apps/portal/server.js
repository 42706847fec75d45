// Production server: Express serves the built client assets and hands every other request to
// React Router. Settings come from app/env.server.ts (validated there), exported by the build.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createRequestHandler } from '@react-router/express';
import compression from 'compression';
import express from 'express';
import { finalErrorHandler } from './server-errors.js';

const here = import.meta.dirname;
const serverBuildPath = path.join(here, 'build/server/index.js');
const clientBuildPath = path.join(here, 'build/client');

if (!existsSync(serverBuildPath)) {
  process.stderr.write(`No build at ${serverBuildPath}. Run \`pnpm --filter @selvhjelp/portal build\` first.\n`);
  process.exit(1);
}

let build;
try {
  build = await import(serverBuildPath);
} catch (error) {
  // Most often invalid settings: env.server.ts throws a readable list of what is wrong.
  process.stderr.write(`Portal failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const env = build.entry.module.portalEnv;

const app = express();
app.disable('x-powered-by');
// Behind a TLS proxy the request URL must say https, or form posts fail the CSRF origin check.
app.set('trust proxy', env.TRUST_PROXY);

// Brotli or gzip, as the browser accepts, for pages and assets alike (brotli at quality 4: pages are
// compressed per request, so speed over the last few per cent). React Router flushes as it streams.
app.use(compression());

// Hashed file names never change content: cache them for a year.
app.use(
  '/assets',
  express.static(path.join(clientBuildPath, 'assets'), { immutable: true, maxAge: '1y', index: false }),
);
// Anything the build put beside the assets (files from public/), by its first path segment: a
// static handler for the whole folder would look on disk for every page's path first.
const besideAssets = new Set(readdirSync(clientBuildPath).filter((name) => name !== 'assets'));
if (besideAssets.size > 0) {
  const serveFile = express.static(clientBuildPath, { maxAge: '1h', index: false });
  app.use((req, res, next) => (besideAssets.has(req.path.split('/')[1] ?? '') ? serveFile(req, res, next) : next()));
}

// The gateway should see the browser's address, not ours. Express has already settled who the
// client is (req.ip, trusting only TRUST_PROXY); that one address is what the app hands on.
app.use((req, _res, next) => {
  if (req.ip) req.headers['x-forwarded-for'] = req.ip;
  else delete req.headers['x-forwarded-for'];
  next();
});

app.use(createRequestHandler({ build, mode: env.NODE_ENV === 'production' ? 'production' : 'development' }));

// Never Express's default error page: it shows stacks and paths outside NODE_ENV=production.
app.use(finalErrorHandler());

const server = app.listen(env.PORTAL_PORT, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORTAL_PORT;
  const pinned = env.PORTAL_DISTRICT ? ` (pinned to ${env.PORTAL_DISTRICT})` : '';
  // React picks its development or production build by NODE_ENV: say which one runs.
  const mode =
    process.env.NODE_ENV === 'production'
      ? `production build, ${env.productionSettings ? 'production' : 'demo'} settings`
      : `NODE_ENV=${env.NODE_ENV}: React's development build`;
  process.stdout.write(`Portal listening on http://localhost:${port}${pinned}, gateway ${env.GATEWAY_URL} (${mode})\n`);
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`Portal shutting down (${signal})\n`);
  server.close(() => process.exit(0));
  // Keep-alive connections would hold close() open; end idle ones now and force the rest soon.
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, 5_000).unref();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
