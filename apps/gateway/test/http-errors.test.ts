import type { AddressInfo } from 'node:net';
import { testBackends } from '@selvhjelp/db/testing';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { jsonErrorHandler } from '../src/http/error-handler.js';
import type { Logger } from '../src/logger.js';
import { startTestGateway } from './harness.js';

interface ErrorBody {
  errors: { message: string; extensions: { code: string; reason: string } }[];
}

// Nothing of our internals may reach the client: no stack frames, no file paths.
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\bat \S+ \(|node_modules|\/src\/|\/dist\/|<html|SyntaxError/i);
}

describe('errors outside GraphQL', () => {
  it('answers malformed JSON with a clean 400 in the GraphQL error shape, logged with the request id', async () => {
    const [backend] = testBackends();
    const db = await backend!.open({ seed: 'demo' });
    const gateway = await startTestGateway(db);
    try {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'malformed-json-0001' },
        body: '{"query": "{ __typename }",',
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const text = await response.text();
      expectNoInternals(text);
      expect((JSON.parse(text) as ErrorBody).errors[0]).toMatchObject({
        extensions: { code: 'BAD_REQUEST', reason: 'MALFORMED_JSON' },
      });
      expect(gateway.logs.find((entry) => entry.message === 'request refused')?.fields).toMatchObject({
        requestId: 'malformed-json-0001',
        status: 400,
        reason: 'MALFORMED_JSON',
      });

      const unknownCharset = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=klingon' },
        body: '{}',
      });
      expect(unknownCharset.status).toBe(415);
      expect(((await unknownCharset.json()) as ErrorBody).errors[0]?.extensions.reason).toBe('UNSUPPORTED_CHARSET');
    } finally {
      await gateway.close();
      await db.close();
    }
  });

  it('answers an unexpected failure with a bare 500 and keeps the detail in the log', async () => {
    const logged: { message: string; fields?: Record<string, unknown> }[] = [];
    const record = (message: string, fields?: Record<string, unknown>) => logged.push({ message, fields });
    const logger: Logger = { debug: record, info: record, warn: record, error: record };
    const app = express();
    app.use((_req, res, next) => {
      res.locals.requestId = 'boom-0001';
      next();
    });
    app.get('/boom', () => {
      throw new Error('secret detail at /srv/selvhjelp/src/thing.ts:12');
    });
    app.use(jsonErrorHandler(logger));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/boom`);
      expect(response.status).toBe(500);
      const text = await response.text();
      expectNoInternals(text);
      expect(text).not.toContain('secret detail');
      expect((JSON.parse(text) as ErrorBody).errors[0]?.extensions).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        reason: 'INTERNAL_ERROR',
      });
      expect(logged).toEqual([
        {
          message: 'request failed',
          fields: expect.objectContaining({ requestId: 'boom-0001', status: 500, error: expect.any(Error) }),
        },
      ]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
