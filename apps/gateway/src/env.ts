import { resolve } from 'node:path';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from '@selvhjelp/domain';
import { z } from 'zod';

/** What ATTACHMENT_MAX_BYTES may be set to. */
export const ATTACHMENT_MAX_BYTES_RANGE = { min: 1024, max: 25 * 1024 * 1024 } as const;

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
      .default('http://localhost:3000')
      .transform((url) => url.replace(/\/+$/, '')),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    // Which proxies may set X-Forwarded-For (the portal runs beside the gateway).
    TRUST_PROXY: z.string().default('loopback'),
    // Agreement documents: unset = stored in the database; a folder (absolute, or relative to
    // the working directory) keeps them as files named by their SHA-256.
    ATTACHMENT_DIR: z.string().trim().min(1).optional(),
    ATTACHMENT_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(ATTACHMENT_MAX_BYTES_RANGE.min, { message: `must be at least ${ATTACHMENT_MAX_BYTES_RANGE.min} (1 KiB)` })
      .max(ATTACHMENT_MAX_BYTES_RANGE.max, { message: `must be at most ${ATTACHMENT_MAX_BYTES_RANGE.max} (25 MiB)` })
      .default(DEFAULT_ATTACHMENT_MAX_BYTES),
    GRAPHQL_INTROSPECTION: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
  })
  .transform((env) => ({
    ...env,
    DATABASE_URL: env.DATABASE_URL || undefined,
    ATTACHMENT_DIR: env.ATTACHMENT_DIR ? resolve(env.ATTACHMENT_DIR) : undefined,
    SEED_DEMO_DATA: env.SEED_DEMO_DATA ?? (env.NODE_ENV === 'production' ? 'never' : 'if-empty'),
  }));

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
