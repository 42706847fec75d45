import { z } from 'zod';
import { DISTRICT_IDS } from './shared/layout/portals';

/** Express takes booleans and hop counts as such, everything else as a list of addresses. */
function trustProxyValue(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

function productionSettings(env: { NODE_ENV: string; PORTAL_DEMO: 'true' | 'false' }): boolean {
  return env.NODE_ENV === 'production' && env.PORTAL_DEMO !== 'true';
}

/**
 * The portal's settings, read and validated once at start-up. Defaults are safe on a
 * developer's machine; production always uses Secure cookies.
 *
 * NODE_ENV=production runs React's production build. PORTAL_DEMO=true (what `pnpm start` sets)
 * keeps that build but with a demo's settings over plain http: the session cookie is not Secure
 * unless asked for, and there is no HSTS. `pnpm start:prod` and real installations leave it unset.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORTAL_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PORTAL_DISTRICT: z.enum(DISTRICT_IDS).optional(),
    GATEWAY_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4000/graphql'),
    // The GraphQL address partners are told to call (docs at /api/dokumentasjon); unset, the
    // portal's own relay to the gateway, /api/graphql.
    API_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    SESSION_COOKIE_SECURE: z.enum(['true', 'false']).optional(),
    // Which proxies in front of the portal may set X-Forwarded-For/-Proto/-Host (Express
    // "trust proxy"): the browser's address and https must be known for the CSRF check.
    TRUST_PROXY: z.string().min(1).default('loopback'),
    PORTAL_DEMO: z.enum(['true', 'false']).default('false'),
  })
  .superRefine((env, ctx) => {
    // Without Secure the session cookie travels in clear text to anyone on the path; production
    // runs behind TLS (and `localhost` counts as secure to browsers, for a trial on one machine).
    if (productionSettings(env) && env.SESSION_COOKIE_SECURE === 'false') {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_COOKIE_SECURE'],
        message: 'must not be "false" in production: serve the portal over https',
      });
    }
  })
  .transform((env) => ({
    ...env,
    SESSION_COOKIE_SECURE: env.SESSION_COOKIE_SECURE ? env.SESSION_COOKIE_SECURE === 'true' : productionSettings(env),
    TRUST_PROXY: trustProxyValue(env.TRUST_PROXY),
    PORTAL_DEMO: env.PORTAL_DEMO === 'true',
    /** Production's settings apply: Secure cookies required, HSTS sent. */
    productionSettings: productionSettings(env),
  }));

export type PortalEnv = z.infer<typeof envSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): PortalEnv {
  // An empty variable means "not set", so `PORTAL_DISTRICT=` runs unpinned.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid portal settings:\n${problems}`);
  }
  return parsed.data;
}

export const env: PortalEnv = loadEnv();
