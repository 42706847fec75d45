import { dirname, join, resolve } from 'node:path';
import { resolvePgliteDataDir } from '@selvhjelp/db';
import { DEFAULT_ATTACHMENT_MAX_BYTES, DEFAULT_SUPPRESSION_THRESHOLD } from '@selvhjelp/domain';
import { z } from 'zod';
import type { OperationLimits } from './limits/operation-limits.js';
import { DEFAULT_OPERATION_LIMITS } from './limits/operation-limits.js';

const limit = (min: number, max: number) =>
  z.coerce
    .number()
    .int()
    .min(min, { message: `must be at least ${min}` })
    .max(max, { message: `must be at most ${max}` });
import { DEFAULT_CSV_IMPORT_MAX_BYTES } from './modules/groups/group-transfer-service.js';
import { DEFAULT_GRAPHQL_MAX_BODY_BYTES } from './uploads/graphql-body.js';
import { DEFAULT_RETENTION_INTERVAL_MINUTES } from './modules/retention/retention-schedule.js';
import { DEFAULT_REPORT_JOB_INTERVAL_SECONDS } from './modules/reports/report-schedule.js';
import { DEFAULT_FAIR_USE } from './modules/fair-use/fair-use.js';
import { oauthEnvFields, requireOAuthSettings } from './modules/api-clients/oauth-settings.js';

/** What ATTACHMENT_MAX_BYTES may be set to. */
export const ATTACHMENT_MAX_BYTES_RANGE = { min: 1024, max: 25 * 1024 * 1024 } as const;
/** What CSV_IMPORT_MAX_BYTES and GRAPHQL_MAX_BODY_BYTES may be set to. */
export const CSV_IMPORT_MAX_BYTES_RANGE = { min: 1024, max: 20 * 1024 * 1024 } as const;
export const GRAPHQL_MAX_BODY_BYTES_RANGE = { min: 16 * 1024, max: 4 * 1024 * 1024 } as const;

const byteLimit = (range: { min: number; max: number }, fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(range.min, { message: `must be at least ${range.min}` })
    .max(range.max, { message: `must be at most ${range.max}` })
    .default(fallback);

interface ProductionRelevant {
  NODE_ENV: string;
  GATEWAY_DEMO: 'true' | 'false';
  DATABASE_URL?: string | undefined;
  PUBLIC_PORTAL_URL?: string | undefined;
  SEED_DEMO_DATA?: string | undefined;
}

/**
 * NODE_ENV=production runs libraries in their production mode (graphql-js skips its development
 * checks). GATEWAY_DEMO=true (what `pnpm start` sets) keeps that but with a demo's settings: the
 * embedded database with demo data, introspection on. `pnpm start:prod` and real installations
 * leave it unset.
 */
function productionSettings(env: { NODE_ENV: string; GATEWAY_DEMO: 'true' | 'false' }): boolean {
  return env.NODE_ENV === 'production' && env.GATEWAY_DEMO !== 'true';
}

/**
 * What production must be told rather than left to a developer's default: a PostgreSQL server
 * (PGlite serves one process, and blocks it while it writes), the portal's public https address
 * (it goes into calendar files and feeds that others keep), and no demo accounts.
 */
function requireProductionSettings(env: ProductionRelevant, ctx: z.RefinementCtx): void {
  if (!productionSettings(env)) return;
  const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (!env.DATABASE_URL)
    problem(
      'DATABASE_URL',
      'is required in production: a postgresql:// connection string (the embedded database is for development)',
    );
  if (!env.PUBLIC_PORTAL_URL)
    problem('PUBLIC_PORTAL_URL', "is required in production: the portal's public https:// address");
  else if (!env.PUBLIC_PORTAL_URL.startsWith('https://'))
    problem('PUBLIC_PORTAL_URL', 'must be an https:// address in production');
  if (env.SEED_DEMO_DATA === 'if-empty') {
    problem(
      'SEED_DEMO_DATA',
      'must not be "if-empty" in production: the demo accounts share a published password (create an administrator with `pnpm admin:create <email>`)',
    );
  }
}

/**
 * The gateway's settings, read and validated once. Defaults are safe for a developer's
 * machine: bind to loopback, embedded database, demo data only outside production.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    GATEWAY_DEMO: z.enum(['true', 'false']).default('false'),
    GATEWAY_HOST: z.string().min(1).default('127.0.0.1'),
    GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgresql:// connection string' })
      .optional(),
    PGLITE_DATA_DIR: z.string().min(1).optional(),
    // On PostgreSQL, the group lists as named prepared statements (decision 0041); false behind a
    // transaction-mode pooler that does not keep prepared statements (PgBouncer before 1.21).
    DATABASE_PREPARED_STATEMENTS: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    // Login throttling state; unset = in the database's login log (shared by every process too).
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, { message: 'must be a redis:// or rediss:// address' })
      .optional(),
    SEED_DEMO_DATA: z.enum(['if-empty', 'never']).optional(),
    // Where the public finder lives; used in calendar files and the Meeting Guide feed.
    PUBLIC_PORTAL_URL: z
      .string()
      .url()
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    // Which proxies may set X-Forwarded-For (the portal runs beside the gateway).
    TRUST_PROXY: z.string().default('loopback'),
    // Agreement documents: a folder (absolute, or relative to the working directory) keeps them as
    // files named by their SHA-256; `database` keeps them in the database. Unset: in the database
    // on PostgreSQL, and in `vedlegg` beside the embedded database's folder (docs/decisions/0006).
    ATTACHMENT_DIR: z.string().trim().min(1).optional(),
    ATTACHMENT_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(ATTACHMENT_MAX_BYTES_RANGE.min, { message: `must be at least ${ATTACHMENT_MAX_BYTES_RANGE.min} (1 KiB)` })
      .max(ATTACHMENT_MAX_BYTES_RANGE.max, { message: `must be at most ${ATTACHMENT_MAX_BYTES_RANGE.max} (25 MiB)` })
      .default(DEFAULT_ATTACHMENT_MAX_BYTES),
    // Introspection and "Did you mean …" suggestions; default: on except in production.
    // CSV files for the group import, read as a stream like documents.
    CSV_IMPORT_MAX_BYTES: byteLimit(CSV_IMPORT_MAX_BYTES_RANGE, DEFAULT_CSV_IMPORT_MAX_BYTES),
    // Every /graphql body that carries no file (files go as multipart, see docs/decisions/0006).
    GRAPHQL_MAX_BODY_BYTES: byteLimit(GRAPHQL_MAX_BODY_BYTES_RANGE, DEFAULT_GRAPHQL_MAX_BODY_BYTES),
    GRAPHQL_INTROSPECTION: z
      .enum(['true', 'false'])
      .optional()
      .transform((value) => (value === undefined ? undefined : value === 'true')),
    // Operation limits, checked before execution (see src/limits/operation-limits.ts).
    GRAPHQL_MAX_DEPTH: limit(2, 50).default(DEFAULT_OPERATION_LIMITS.depth),
    GRAPHQL_MAX_ALIASES: limit(1, 1_000).default(DEFAULT_OPERATION_LIMITS.aliases),
    GRAPHQL_MAX_TOKENS: limit(100, 100_000).default(DEFAULT_OPERATION_LIMITS.tokens),
    GRAPHQL_MAX_DIRECTIVES: limit(1, 1_000).default(DEFAULT_OPERATION_LIMITS.directives),
    GRAPHQL_MAX_COST: limit(100, 10_000_000).default(DEFAULT_OPERATION_LIMITS.cost),
    GRAPHQL_DEADLINE_MS: limit(100, 300_000).default(DEFAULT_OPERATION_LIMITS.deadlineMs),
    // The portal's own queries run as code compiled for each (decision 0039); false: all on graphql-js.
    GRAPHQL_COMPILED_EXECUTION: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    // Session lookups cached per token for this long (ms; 0 = off). A revocation still reaches every
    // process within a second: see src/auth/session-cache.ts and docs/decisions/0016.
    SESSION_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
    // The retention job (decision 0020): minutes between runs in this process, 0 = off. Every
    // process may run it; the database lets one of them do the work per interval.
    RETENTION_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(1_440).default(DEFAULT_RETENTION_INTERVAL_MINUTES),
    // The yearly report's jobs (decision 0027): seconds between looks for queued jobs in this
    // process, 0 = off. Every process may run them; the database hands each job to one.
    REPORT_JOB_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3_600).default(DEFAULT_REPORT_JOB_INTERVAL_SECONDS),
    // Small-number protection of statistics (issue 13, decision 0024): counts from 1 to this − 1
    // are shown as "<N" in every table over inquiries, cases, interest lists and surveys. Below 3
    // a hidden count would be too easy to guess.
    STATISTICS_SUPPRESSION_THRESHOLD: limit(3, 100).default(DEFAULT_SUPPRESSION_THRESHOLD),
    // Fair use of the API by API clients (decision 0034): a token bucket per client of this many
    // points, refilled at this many a second; every mutation costs API_MUTATION_COST. An
    // operation may never cost more than the bucket holds.
    API_BUDGET_POINTS: limit(10, 1_000_000).default(DEFAULT_FAIR_USE.capacity),
    API_BUDGET_RESTORE_RATE: z.coerce
      .number()
      .min(0.01, { message: 'must be at least 0.01' })
      .max(100_000, { message: 'must be at most 100000' })
      .default(DEFAULT_FAIR_USE.restoreRate),
    API_MUTATION_COST: limit(1, 10_000).default(DEFAULT_FAIR_USE.mutationCost),
    // Prometheus metrics on their own listener, never on the public port; unset = off.
    METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    METRICS_HOST: z.string().min(1).default('127.0.0.1'),
    // OAuth2 access tokens from an external issuer such as Maskinporten (decision 0035); all or none.
    ...oauthEnvFields,
  })
  .superRefine(requireProductionSettings)
  .superRefine((env, ctx) => {
    if (env.API_MUTATION_COST > env.API_BUDGET_POINTS)
      ctx.addIssue({ code: 'custom', path: ['API_MUTATION_COST'], message: 'must not exceed API_BUDGET_POINTS' });
  })
  .superRefine(requireOAuthSettings)
  .transform((env) => ({
    ...env,
    PUBLIC_PORTAL_URL: env.PUBLIC_PORTAL_URL ?? 'http://localhost:3000',
    DATABASE_URL: env.DATABASE_URL || undefined,
    ATTACHMENT_DIR: attachmentDir(env),
    SEED_DEMO_DATA: env.SEED_DEMO_DATA ?? (productionSettings(env) ? 'never' : 'if-empty'),
    GRAPHQL_INTROSPECTION: env.GRAPHQL_INTROSPECTION ?? !productionSettings(env),
    productionSettings: productionSettings(env),
  }));

/** The operation limits the settings ask for. */
export function operationLimitsFrom(env: GatewayEnv): OperationLimits {
  return {
    depth: env.GRAPHQL_MAX_DEPTH,
    aliases: env.GRAPHQL_MAX_ALIASES,
    tokens: env.GRAPHQL_MAX_TOKENS,
    directives: env.GRAPHQL_MAX_DIRECTIVES,
    cost: env.GRAPHQL_MAX_COST,
    deadlineMs: env.GRAPHQL_DEADLINE_MS,
  };
}

/**
 * PGlite runs in the gateway's own thread, and writing a multi-megabyte value through it holds
 * that thread for 0.1–0.5 s; a file is written by the OS's threads instead. So on the embedded
 * database documents go to a folder beside it unless told otherwise.
 */
function attachmentDir(env: {
  ATTACHMENT_DIR?: string;
  DATABASE_URL?: string;
  PGLITE_DATA_DIR?: string;
}): string | undefined {
  if (env.ATTACHMENT_DIR === 'database') return undefined;
  if (env.ATTACHMENT_DIR) return resolve(env.ATTACHMENT_DIR);
  if (env.DATABASE_URL) return undefined;
  const pgliteDir = resolvePgliteDataDir(env.PGLITE_DATA_DIR);
  return pgliteDir.startsWith('memory://') ? undefined : join(dirname(pgliteDir), 'vedlegg');
}

export type GatewayEnv = z.infer<typeof envSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): GatewayEnv {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid gateway settings:\n${problems}`);
  }
  return parsed.data;
}
