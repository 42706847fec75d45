import type { IncomingMessage } from 'node:http';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takesFastPath } from './graphql-route.js';
import type { BodyReadError } from './json-body.js';
import { readJsonBody } from './json-body.js';

const LIMIT = 64;

// A real server: what the reader sees is what Node's HTTP parser hands it.
const server = createServer((req, res) => {
  readJsonBody(req, LIMIT).then(
    (body) => res.end(JSON.stringify({ body, fast: takesFastPath(req) })),
    (error: BodyReadError) => res.end(JSON.stringify({ status: error.status, type: error.type, limit: error.limit })),
  );
});
let origin = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Sends `chunks` one write each: with `length`, a content-length; without, chunked. */
function send(chunks: string[], headers: Record<string, string> = {}): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${origin}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res: IncomingMessage) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(JSON.parse(text)));
      },
    );
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('the /graphql JSON body reader', () => {
  it('reads an object or an array, in one piece or many, without a byte-order mark', async () => {
    expect(await send(['{"query":"{ __typename }"}'])).toEqual({ body: { query: '{ __typename }' }, fast: true });
    expect(await send(['[1', ',2]'])).toMatchObject({ body: [1, 2] });
    expect(await send(['\uFEFF{"a":"æøå"}'])).toMatchObject({ body: { a: 'æøå' } });
  });

  it('takes an empty body as {}, as body-parser does', async () => {
    expect(await send([], { 'content-length': '0' })).toMatchObject({ body: {} });
  });

  it('refuses what body-parser refuses, with its status and type', async () => {
    const malformed = { status: 400, type: 'entity.parse.failed' };
    expect(await send(['{"query":'])).toMatchObject(malformed);
    expect(await send(['"a string"'])).toMatchObject(malformed);
    expect(await send(['   '])).toMatchObject(malformed);
    const tooLarge = { status: 413, type: 'entity.too.large', limit: LIMIT };
    // Announced by content-length, and found while reading a chunked body.
    const big = JSON.stringify({ query: 'x'.repeat(LIMIT) });
    expect(await send([big], { 'content-length': String(Buffer.byteLength(big)) })).toEqual(tooLarge);
    expect(await send([big.slice(0, 40), big.slice(40)])).toEqual(tooLarge);
  });
});

describe('the /graphql fast path', () => {
  const fast = (method: string, url: string, headers: Record<string, string>) =>
    takesFastPath({ method, url, headers } as unknown as IncomingMessage);
  const json = { 'content-type': 'application/json', 'content-length': '2' };

  it('takes UTF-8 JSON as it is, and a GET without a body, to exactly /graphql', () => {
    expect(fast('POST', '/graphql', json)).toBe(true);
    expect(fast('POST', '/graphql?x=1', { ...json, 'content-type': 'application/json; charset=UTF-8' })).toBe(true);
    expect(fast('GET', '/graphql?query=%7B__typename%7D', {})).toBe(true);
  });

  it('leaves everything else to Express: uploads, other charsets and encodings, other paths and methods', () => {
    expect(fast('POST', '/graphql', { ...json, 'content-type': 'multipart/form-data; boundary=x' })).toBe(false);
    expect(fast('POST', '/graphql', { ...json, 'content-type': 'application/json; charset=latin1' })).toBe(false);
    expect(fast('POST', '/graphql', { ...json, 'content-type': 'text/plain' })).toBe(false);
    expect(fast('POST', '/graphql', { ...json, 'content-encoding': 'gzip' })).toBe(false);
    expect(fast('POST', '/graphql', { 'content-type': 'application/json' })).toBe(false);
    expect(fast('POST', '/graphql/', json)).toBe(false);
    expect(fast('POST', '/GraphQL', json)).toBe(false);
    expect(fast('GET', '/healthz', {})).toBe(false);
    expect(fast('OPTIONS', '/graphql', {})).toBe(false);
  });
});
