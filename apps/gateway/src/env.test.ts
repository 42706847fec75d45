import { describe, expect, it } from 'vitest';
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
});
