import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadEnv } from './env.js';

describe('gateway settings', () => {
  it('defaults to a safe local setup', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ GATEWAY_HOST: '127.0.0.1', GATEWAY_PORT: 4000, SEED_DEMO_DATA: 'if-empty', DATABASE_URL: undefined });
  });

  it('never seeds demo data in production unless told to', () => {
    expect(loadEnv({ NODE_ENV: 'production' }).SEED_DEMO_DATA).toBe('never');
  });

  it('names every wrong setting', () => {
    expect(() => loadEnv({ GATEWAY_PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(/GATEWAY_PORT[\s\S]*DATABASE_URL/);
  });

  it('keeps agreement documents beside the embedded database, or in PostgreSQL, with a 5 MiB limit unless told otherwise', () => {
    const env = loadEnv({ PGLITE_DATA_DIR: '/srv/selvhjelp/pglite' });
    expect(env.ATTACHMENT_DIR).toBe('/srv/selvhjelp/vedlegg');
    expect(env.ATTACHMENT_MAX_BYTES).toBe(5 * 1024 * 1024);
    expect(loadEnv({ DATABASE_URL: 'postgresql://db/selvhjelp' }).ATTACHMENT_DIR).toBeUndefined();
    expect(loadEnv({ PGLITE_DATA_DIR: 'memory://' }).ATTACHMENT_DIR).toBeUndefined();
    expect(loadEnv({ ATTACHMENT_DIR: 'database' }).ATTACHMENT_DIR).toBeUndefined();
  });

  it('resolves ATTACHMENT_DIR to an absolute folder and reads ATTACHMENT_MAX_BYTES as bytes', () => {
    const env = loadEnv({ ATTACHMENT_DIR: '.data/vedlegg', ATTACHMENT_MAX_BYTES: '2048' });
    expect(env.ATTACHMENT_DIR).toBe(resolve('.data/vedlegg'));
    expect(loadEnv({ ATTACHMENT_DIR: '/srv/vedlegg' }).ATTACHMENT_DIR).toBe('/srv/vedlegg');
    expect(env.ATTACHMENT_MAX_BYTES).toBe(2048);
  });

  it('refuses an attachment limit outside 1 KiB..25 MiB or not a whole number', () => {
    expect(() => loadEnv({ ATTACHMENT_MAX_BYTES: '1023' })).toThrow(/ATTACHMENT_MAX_BYTES/);
    expect(() => loadEnv({ ATTACHMENT_MAX_BYTES: String(25 * 1024 * 1024 + 1) })).toThrow(/ATTACHMENT_MAX_BYTES/);
    expect(() => loadEnv({ ATTACHMENT_MAX_BYTES: '5MB' })).toThrow(/ATTACHMENT_MAX_BYTES/);
    expect(loadEnv({ ATTACHMENT_MAX_BYTES: String(25 * 1024 * 1024) }).ATTACHMENT_MAX_BYTES).toBe(25 * 1024 * 1024);
  });
});

describe('request body limits', () => {
  it('keeps /graphql bodies without a file small, and CSV imports at 2 MiB, unless told otherwise', () => {
    expect(loadEnv({})).toMatchObject({ GRAPHQL_MAX_BODY_BYTES: 256 * 1024, CSV_IMPORT_MAX_BYTES: 2 * 1024 * 1024 });
    expect(loadEnv({ GRAPHQL_MAX_BODY_BYTES: '65536', CSV_IMPORT_MAX_BYTES: '10485760' })).toMatchObject({ GRAPHQL_MAX_BODY_BYTES: 65536, CSV_IMPORT_MAX_BYTES: 10 * 1024 * 1024 });
  });

  it('refuses limits outside their ranges', () => {
    expect(() => loadEnv({ GRAPHQL_MAX_BODY_BYTES: '1000' })).toThrow(/GRAPHQL_MAX_BODY_BYTES/);
    expect(() => loadEnv({ GRAPHQL_MAX_BODY_BYTES: String(64 * 1024 * 1024) })).toThrow(/GRAPHQL_MAX_BODY_BYTES/);
    expect(() => loadEnv({ CSV_IMPORT_MAX_BYTES: '2MB' })).toThrow(/CSV_IMPORT_MAX_BYTES/);
    expect(() => loadEnv({ CSV_IMPORT_MAX_BYTES: String(21 * 1024 * 1024) })).toThrow(/CSV_IMPORT_MAX_BYTES/);
  });
});
