import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadEnv } from './env.js';
import { requestBodyLimitBytes } from './server.js';

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

  it('keeps agreement documents in the database with a 5 MiB limit unless told otherwise', () => {
    const env = loadEnv({});
    expect(env.ATTACHMENT_DIR).toBeUndefined();
    expect(env.ATTACHMENT_MAX_BYTES).toBe(5 * 1024 * 1024);
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

describe('request body limit', () => {
  it('fits a base64 document of the attachment limit plus the rest of the request', () => {
    expect(requestBodyLimitBytes(5 * 1024 * 1024)).toBeGreaterThanOrEqual(Math.ceil((5 * 1024 * 1024) / 3) * 4 + 64 * 1024);
    expect(requestBodyLimitBytes(1024)).toBeGreaterThanOrEqual(1024 * 1024);
  });

  it('keeps login throttling in the database unless REDIS_URL names a Redis', () => {
    expect(loadEnv({}).REDIS_URL).toBeUndefined();
    expect(loadEnv({ REDIS_URL: 'redis://cache.internal:6379/2' }).REDIS_URL).toBe('redis://cache.internal:6379/2');
    expect(loadEnv({ REDIS_URL: 'rediss://user:secret@cache.internal:6380' }).REDIS_URL).toMatch(/^rediss:/);
    expect(() => loadEnv({ REDIS_URL: 'cache.internal:6379' })).toThrow(/REDIS_URL/);
  });
});
