import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTransport } from './transport.server';

// A real HTTP server on a free port: answers with what it received, and on request ends a kept-alive
// connection without answering, as a gateway closing an idle connection at the wrong moment would.
const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    received.push({ headers: request.headers, body });
    const connection = request.socket as typeof request.socket & { answered?: number };
    connection.answered = (connection.answered ?? 0) + 1;
    if (body === 'close-reused' && connection.answered > 1) {
      request.socket.destroy();
      return;
    }
    response.writeHead(body === 'teapot' ? 418 : 200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ echo: body }));
  });
});
let url = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('httpTransport', () => {
  it('posts the body with its length and the headers, and reads status and text', async () => {
    const answer = await httpTransport.postJson(
      url,
      { 'Content-Type': 'application/json', 'X-Test': 'ja' },
      '{"a":"æ"}',
      true,
    );
    expect(answer).toEqual({ status: 200, text: JSON.stringify({ echo: '{"a":"æ"}' }) });
    const last = received.at(-1);
    expect(last?.headers['x-test']).toBe('ja');
    expect(last?.headers['content-length']).toBe(String(Buffer.byteLength('{"a":"æ"}')));
    expect((await httpTransport.postJson(url, {}, 'teapot', true)).status).toBe(418);
  });

  it('asks again once when a query meets a kept-alive connection the gateway closed; a mutation fails', async () => {
    await httpTransport.postJson(url, {}, 'warm', true);
    const answer = await httpTransport.postJson(url, {}, 'close-reused', true);
    expect(answer.status).toBe(200);
    await httpTransport.postJson(url, {}, 'warm', false);
    await expect(httpTransport.postJson(url, {}, 'close-reused', false)).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});
