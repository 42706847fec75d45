import { dirname, join, resolve } from 'node:path';
import { resolvePgliteDataDir } from '@selvhjelp/db';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from '@selvhjelp/domain';
import { z } from 'zod';
import { DEFAULT_CSV_IMPORT_MAX_BYTES } from './services/group-transfer-service.js';
import { DEFAULT_GRAPHQL_MAX_BODY_BYTES } from './uploads/graphql-body.js';

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

/**
 * The gateway's settings, read and validated once. Defaults are safe for a developer's
 * machine: bind to loopback, embedded database, demo data only outside production.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    GATEWAY_HOST: z.string().min(1).default('127.0.0.1'),
    GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgresql:// connection string' })
      .optional(),
    PGLITE_DATA_DIR: z.string().min(1).optional(),
    SEED_DEMO_DATA: z.enum(['if-empty', 'never']).optional(),
    // Where the public finder lives; used in calendar files and the Meeting Guide feed.
    PUBLIC_PORTAL_URL: z
      .string()
      .url()
      .default('http://localhost:3000')
      .transform((url) => url.replace(/\/+$/, '')),
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
    // CSV files for the group import, read as a stream like documents.
    CSV_IMPORT_MAX_BYTES: byteLimit(CSV_IMPORT_MAX_BYTES_RANGE, DEFAULT_CSV_IMPORT_MAX_BYTES),
    // Every /graphql body that carries no file (files go as multipart, see docs/decisions/0006).
    GRAPHQL_MAX_BODY_BYTES: byteLimit(GRAPHQL_MAX_BODY_BYTES_RANGE, DEFAULT_GRAPHQL_MAX_BODY_BYTES),
    GRAPHQL_INTROSPECTION: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
  })
  .transform((env) => ({
    ...env,
    DATABASE_URL: env.DATABASE_URL || undefined,
    ATTACHMENT_DIR: attachmentDir(env),
    SEED_DEMO_DATA: env.SEED_DEMO_DATA ?? (env.NODE_ENV === 'production' ? 'never' : 'if-empty'),
  }));

/**
 * PGlite runs in the gateway's own thread, and writing a multi-megabyte value through it holds
 * that thread for 0.1–0.5 s; a file is written by the OS's threads instead. So on the embedded
 * database documents go to a folder beside it unless told otherwise.
 */
function attachmentDir(env: { ATTACHMENT_DIR?: string; DATABASE_URL?: string; PGLITE_DATA_DIR?: string }): string | undefined {
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
