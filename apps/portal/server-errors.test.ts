import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { finalErrorHandler } from './server-errors.js';

async function serve(
  app: express.Express,
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: string; csp: string | null }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}${path}`, init);
    return {
      status: response.status,
      body: await response.text(),
      csp: response.headers.get('Content-Security-Policy'),
    };
  } finally {
    server.close();
  }
}

describe('the express error handler of server.js', () => {
  it('answers a bare status, never the stack or a path, and logs the details', async () => {
    const logged: string[] = [];
    const app = express();
    app.get('/boom', () => {
      throw new Error('secret detail at /srv/portal/app.js');
    });
    app.use(finalErrorHandler((line: string) => logged.push(line)));
    const answer = await serve(app, '/boom');
    expect(answer).toEqual({
      status: 500,
      body: '500 Internal Server Error\n',
      csp: expect.stringContaining("default-src 'none'") as string,
    });
    expect(logged.join('')).toContain('secret detail');
  });

  it("keeps a client error's status, as for malformed JSON, without its message", async () => {
    const app = express();
    app.post('/json', express.json(), (_req, res) => {
      res.send('ok');
    });
    app.use(finalErrorHandler(() => undefined));
    const answer = await serve(app, '/json', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"broken',
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toBe('400 Bad Request\n');
  });
});
