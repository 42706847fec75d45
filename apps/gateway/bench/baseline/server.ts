// The hand-written baseline the gateway is measured against (`pnpm bench`; not product code):
// plain node:http, answering the portal's PublicGroups and GroupList operations (the staff
// list also searched by name and paged by cursor) with the same JSON the gateway sends. It
// reads the operation's name and the variables it needs and trusts the rest of the request, as
// a minimal endpoint would.
//   BASELINE_PORT=4100 DATABASE_URL=postgresql://… | PGLITE_DATA_DIR=… node --import tsx server.ts
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { openSql } from './database.js';
import { publicGroups, staffGroups, viewerOf } from './lists.js';

interface Body {
  operationName?: string;
  variables?: {
    first?: number | null;
    after?: string | null;
    filter?: { districtId?: string | null; search?: string | null } | null;
  };
}

const sql = await openSql(process.env);

function send(res: ServerResponse, status: number, value: unknown): void {
  // Apollo Server's serialisation: compact JSON and a newline.
  const body = `${JSON.stringify(value)}\n`;
  res.writeHead(status, {
    'content-type': 'application/graphql-response+json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body;
}

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.url === '/healthz') return send(res, 200, { status: 'ok' });
  if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, { error: 'not found' });
  const body = await readBody(req);
  const first = Math.min(Math.max(body.variables?.first ?? 20, 0), 100);
  if (body.operationName === 'PublicGroups') return send(res, 200, await publicGroups(sql, first, new Date()));
  if (body.operationName === 'GroupList') {
    const token = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/.exec(req.headers.authorization ?? '')?.[1];
    const viewer = token ? await viewerOf(sql, token) : null;
    if (!viewer) return send(res, 200, { errors: [{ message: 'unauthenticated' }], data: null });
    const { filter, after } = body.variables ?? {};
    const ask = { districtId: filter?.districtId ?? null, search: filter?.search ?? null, after: after ?? null, first };
    return send(res, 200, await staffGroups(sql, viewer, ask));
  }
  return send(res, 400, { errors: [{ message: `unknown operation ${body.operationName}` }] });
}

const server = createServer((req, res) => {
  answer(req, res).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    if (!res.headersSent) send(res, 500, { errors: [{ message: 'internal error' }] });
  });
});
server.keepAliveTimeout = 5_000;
server.listen(Number(process.env.BASELINE_PORT ?? 4100), '127.0.0.1');

const stop = () => server.close(() => void sql.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
