import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadEnv, operationLimitsFrom } from './env.js';
import { DEFAULT_OPERATION_LIMITS } from './limits/operation-limits.js';

describe('gateway settings', () => {
  it('defaults to a safe local setup', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      GATEWAY_HOST: '127.0.0.1',
      GATEWAY_PORT: 4000,
      SEED_DEMO_DATA: 'if-empty',
      DATABASE_URL: undefined,
    });
  });

  const PRODUCTION = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgresql://selvhjelp@db.internal/selvhjelp',
    PUBLIC_PORTAL_URL: 'https://selvhjelp.example.no/',
  };

  it('never seeds demo data in production, and refuses to be told to', () => {
    expect(loadEnv(PRODUCTION)).toMatchObject({
      SEED_DEMO_DATA: 'never',
      PUBLIC_PORTAL_URL: 'https://selvhjelp.example.no',
    });
    expect(() => loadEnv({ ...PRODUCTION, SEED_DEMO_DATA: 'if-empty' })).toThrow(
      /SEED_DEMO_DATA: must not be "if-empty" in production[\s\S]*admin:create/,
    );
  });

  it('refuses to start in production without PostgreSQL and the public https address, naming both', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(
      /DATABASE_URL: is required in production[\s\S]*PUBLIC_PORTAL_URL: is required in production/,
    );
    expect(() => loadEnv({ ...PRODUCTION, PUBLIC_PORTAL_URL: 'http://selvhjelp.example.no' })).toThrow(
      /PUBLIC_PORTAL_URL: must be an https:\/\/ address/,
    );
    expect(() => loadEnv({ ...PRODUCTION, DATABASE_URL: '' })).toThrow(/DATABASE_URL: is required/);
    // Outside production the developer defaults stand.
    expect(loadEnv({ NODE_ENV: 'test' })).toMatchObject({
      DATABASE_URL: undefined,
      PUBLIC_PORTAL_URL: 'http://localhost:3000',
    });
  });

  it('names every wrong setting', () => {
    expect(() => loadEnv({ GATEWAY_PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(
      /GATEWAY_PORT[\s\S]*DATABASE_URL/,
    );
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
    expect(loadEnv({ GRAPHQL_MAX_BODY_BYTES: '65536', CSV_IMPORT_MAX_BYTES: '10485760' })).toMatchObject({
      GRAPHQL_MAX_BODY_BYTES: 65536,
      CSV_IMPORT_MAX_BYTES: 10 * 1024 * 1024,
    });
  });

  it('refuses limits outside their ranges', () => {
    expect(() => loadEnv({ GRAPHQL_MAX_BODY_BYTES: '1000' })).toThrow(/GRAPHQL_MAX_BODY_BYTES/);
    expect(() => loadEnv({ GRAPHQL_MAX_BODY_BYTES: String(64 * 1024 * 1024) })).toThrow(/GRAPHQL_MAX_BODY_BYTES/);
    expect(() => loadEnv({ CSV_IMPORT_MAX_BYTES: '2MB' })).toThrow(/CSV_IMPORT_MAX_BYTES/);
    expect(() => loadEnv({ CSV_IMPORT_MAX_BYTES: String(21 * 1024 * 1024) })).toThrow(/CSV_IMPORT_MAX_BYTES/);
  });
});

describe('operation limits and introspection', () => {
  it('gives API clients a budget of 1,000 points refilled at 50 a second, and refuses a mutation price over it', () => {
    expect(loadEnv({})).toMatchObject({ API_BUDGET_POINTS: 1_000, API_BUDGET_RESTORE_RATE: 50, API_MUTATION_COST: 10 });
    expect(loadEnv({ API_BUDGET_POINTS: '100', API_BUDGET_RESTORE_RATE: '0.5' })).toMatchObject({
      API_BUDGET_POINTS: 100,
      API_BUDGET_RESTORE_RATE: 0.5,
    });
    expect(() => loadEnv({ API_BUDGET_POINTS: '20', API_MUTATION_COST: '30' })).toThrow(
      /API_MUTATION_COST: must not exceed API_BUDGET_POINTS/,
    );
    expect(() => loadEnv({ API_BUDGET_RESTORE_RATE: '0' })).toThrow(/API_BUDGET_RESTORE_RATE: must be at least 0.01/);
    expect(() => loadEnv({ API_BUDGET_POINTS: 'many' })).toThrow(/API_BUDGET_POINTS/);
  });

  it('turns introspection (and field suggestions) off in production unless told otherwise', () => {
    expect(loadEnv({}).GRAPHQL_INTROSPECTION).toBe(true);
    expect(loadEnv({ NODE_ENV: 'test' }).GRAPHQL_INTROSPECTION).toBe(true);
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://selvhjelp@db.internal/selvhjelp',
      PUBLIC_PORTAL_URL: 'https://selvhjelp.example.no',
    };
    expect(loadEnv(production).GRAPHQL_INTROSPECTION).toBe(false);
    expect(loadEnv({ ...production, GRAPHQL_INTROSPECTION: 'true' }).GRAPHQL_INTROSPECTION).toBe(true);
  });

  it('runs production mode with demo settings when GATEWAY_DEMO=true (what `pnpm start` sets)', () => {
    const demo = loadEnv({ NODE_ENV: 'production', GATEWAY_DEMO: 'true' });
    expect(demo).toMatchObject({
      NODE_ENV: 'production',
      productionSettings: false,
      SEED_DEMO_DATA: 'if-empty',
      GRAPHQL_INTROSPECTION: true,
      DATABASE_URL: undefined,
    });
    expect(
      loadEnv({
        NODE_ENV: 'production',
        GATEWAY_DEMO: 'false',
        DATABASE_URL: 'postgresql://db/x',
        PUBLIC_PORTAL_URL: 'https://a.no',
      }),
    ).toMatchObject({ productionSettings: true, SEED_DEMO_DATA: 'never' });
    expect(() => loadEnv({ NODE_ENV: 'production', GATEWAY_DEMO: 'false' })).toThrow(/DATABASE_URL/);
    expect(() => loadEnv({ GATEWAY_DEMO: 'yes' })).toThrow(/GATEWAY_DEMO/);
  });

  it('has safe default limits and reads them from the settings', () => {
    expect(operationLimitsFrom(loadEnv({}))).toEqual(DEFAULT_OPERATION_LIMITS);
    expect(DEFAULT_OPERATION_LIMITS).toMatchObject({
      depth: 10,
      aliases: 15,
      tokens: 2_000,
      directives: 20,
      deadlineMs: 10_000,
    });
    const env = loadEnv({ GRAPHQL_MAX_DEPTH: '12', GRAPHQL_MAX_COST: '20000', GRAPHQL_DEADLINE_MS: '5000' });
    expect(operationLimitsFrom(env)).toMatchObject({ depth: 12, cost: 20_000, deadlineMs: 5_000 });
  });

  it('refuses limits that would switch protection off', () => {
    expect(() => loadEnv({ GRAPHQL_MAX_DEPTH: '0' })).toThrow(/GRAPHQL_MAX_DEPTH/);
    expect(() => loadEnv({ GRAPHQL_MAX_TOKENS: '10000000' })).toThrow(/GRAPHQL_MAX_TOKENS/);
    expect(() => loadEnv({ GRAPHQL_DEADLINE_MS: 'soon' })).toThrow(/GRAPHQL_DEADLINE_MS/);
  });

  it('serves metrics only when a port is set, on loopback by default', () => {
    expect(loadEnv({}).METRICS_PORT).toBeUndefined();
    expect(loadEnv({ METRICS_PORT: '9464' })).toMatchObject({ METRICS_PORT: 9464, METRICS_HOST: '127.0.0.1' });
  });

  it('runs the retention job hourly unless told otherwise (0 = off)', () => {
    expect(loadEnv({}).RETENTION_INTERVAL_MINUTES).toBe(60);
    expect(loadEnv({ RETENTION_INTERVAL_MINUTES: '0' }).RETENTION_INTERVAL_MINUTES).toBe(0);
    expect(loadEnv({ RETENTION_INTERVAL_MINUTES: '15' }).RETENTION_INTERVAL_MINUTES).toBe(15);
    expect(() => loadEnv({ RETENTION_INTERVAL_MINUTES: '-1' })).toThrow(/RETENTION_INTERVAL_MINUTES/);
    expect(() => loadEnv({ RETENTION_INTERVAL_MINUTES: 'hourly' })).toThrow(/RETENTION_INTERVAL_MINUTES/);
  });

  it('looks for queued report jobs every 10 seconds unless told otherwise (0 = off)', () => {
    expect(loadEnv({}).REPORT_JOB_INTERVAL_SECONDS).toBe(10);
    expect(loadEnv({ REPORT_JOB_INTERVAL_SECONDS: '0' }).REPORT_JOB_INTERVAL_SECONDS).toBe(0);
    expect(() => loadEnv({ REPORT_JOB_INTERVAL_SECONDS: '-5' })).toThrow(/REPORT_JOB_INTERVAL_SECONDS/);
  });

  it('keeps login throttling in the database unless REDIS_URL names a Redis', () => {
    expect(loadEnv({}).REDIS_URL).toBeUndefined();
    expect(loadEnv({ REDIS_URL: 'redis://cache.internal:6379/2' }).REDIS_URL).toBe('redis://cache.internal:6379/2');
    expect(loadEnv({ REDIS_URL: 'rediss://user:secret@cache.internal:6380' }).REDIS_URL).toMatch(/^rediss:/);
    expect(() => loadEnv({ REDIS_URL: 'cache.internal:6379' })).toThrow(/REDIS_URL/);
  });
});
