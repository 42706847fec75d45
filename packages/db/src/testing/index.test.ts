import { describe, expect, it } from 'vitest';
import { testBackends } from './index.js';

describe('testBackends', () => {
  it('always offers PGlite, and PostgreSQL only when TEST_DATABASE_URL is set', () => {
    expect(testBackends({}).map((backend) => backend.name)).toEqual(['pglite']);
    expect(testBackends({ TEST_DATABASE_URL: 'postgresql://x@127.0.0.1/y' }).map((backend) => backend.name)).toEqual([
      'pglite',
      'postgresql',
    ]);
  });

  it('fails loudly when the configured server cannot be reached', async () => {
    // Port 1 on localhost: nothing listens there, the connection is refused at once.
    const [, postgres] = testBackends({ TEST_DATABASE_URL: 'postgresql://postgres:secret@127.0.0.1:1/test' });
    const attempt = postgres!.open();
    await expect(attempt).rejects.toThrow(
      'TEST_DATABASE_URL is set, but PostgreSQL 127.0.0.1:1/test cannot be reached',
    );
    await expect(attempt).rejects.not.toThrow('secret');
  });
});
