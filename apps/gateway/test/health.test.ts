import { testBackends } from '@selvhjelp/db/testing';
import { describe, expect, it } from 'vitest';
import { startTestGateway } from './harness.js';

describe.each(testBackends())('health and error masking on $name', (backend) => {
  it('answers 200 with the database status, and 503 once the database is gone', async () => {
    const db = await backend.open({ seed: 'demo' });
    const gateway = await startTestGateway(db);
    try {
      const up = await fetch(`${gateway.url}/healthz`);
      expect(up.status).toBe(200);
      expect(await up.json()).toMatchObject({ status: 'ok', database: { status: 'up', kind: backend.name } });
      expect(up.headers.get('x-request-id')).toBeTruthy();

      await db.close();
      const down = await fetch(`${gateway.url}/healthz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: 'unavailable', database: { status: 'down' } });

      // A resolver failing for an unexpected reason is masked, and logged with the request id.
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'test-request-0001' },
        body: JSON.stringify({ query: 'mutation { login(email: "a@b.no", password: "whatever-123") { token } }' }),
      });
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(gateway.logs.find((entry) => entry.message === 'unexpected error')?.fields).toMatchObject({
        requestId: 'test-request-0001',
      });
    } finally {
      await gateway.close();
      await db.close();
    }
  });
});
