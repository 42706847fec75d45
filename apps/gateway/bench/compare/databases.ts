// The bench's own databases: a PGlite folder (and an identical copy for the baseline, since a
// PGlite folder opens in one process only) or a database of its own on the PostgreSQL server
// TEST_DATABASE_URL names, seeded by the db package's own `db:seed` (with `--scale large` for
// 20,000 groups), and removed afterwards.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '@selvhjelp/db';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { generateToken, hashToken } from '../../src/auth/tokens.js';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// eslint-disable-next-line no-restricted-imports -- CREATE/DROP DATABASE on the server, as the test harness does
import pg from 'pg';
import { REPO_ROOT } from './processes.js';

export type BackendName = 'pglite' | 'postgresql';
export type Size = 'demo' | 'large';

/** Where the gateway and the baseline find the same data: env for each process. */
export interface BenchDatabase {
  backend: BackendName;
  size: Size;
  /** A session of vest.ansatt@demo.selvhjelp.no on the vest portal, in both copies. */
  staffToken: string;
  /** Groups in the registry. */
  groups: number;
  gatewayEnv: Record<string, string>;
  baselineEnv: Record<string, string>;
  drop(): Promise<void>;
}

function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`)),
    );
  });
}

/** `pnpm db:seed [--scale large]` on the database the env names (migrations included). */
function seed(env: Record<string, string>, size: Size): Promise<void> {
  const dbPackage = join(REPO_ROOT, 'packages/db');
  const args = ['src/cli/seed.ts', ...(size === 'large' ? ['--scale', 'large'] : [])];
  // Demo data is refused under NODE_ENV=production; the bench's own database is not production.
  return run(join(dbPackage, 'node_modules/.bin/tsx'), args, dbPackage, { ...env, NODE_ENV: 'development' });
}

export const STAFF_EMAIL = 'vest.ansatt@demo.selvhjelp.no';

/**
 * A session for the demo's vest staff member, written as a login writes it (the token's hash,
 * realm vest), before the PGlite folder is copied so that both servers know it.
 */
async function openSession(options: {
  databaseUrl?: string;
  pgliteDataDir?: string;
}): Promise<{ staffToken: string; groups: number }> {
  const db = await openDatabase(options);
  try {
    const user = await db.repositories.staffUsers.findByEmail(NATIONAL_SCOPE, STAFF_EMAIL);
    if (!user) throw new Error(`${STAFF_EMAIL} is not in the demo data`);
    const token = generateToken();
    const now = new Date();
    await db.repositories.sessions.create(NATIONAL_SCOPE, {
      userId: user.id,
      tokenHash: hashToken(token),
      realmDistrictId: 'vest',
      expiresAt: new Date(now.getTime() + 12 * 60 * 60_000),
      ipAddress: null,
      userAgent: 'bench',
      now,
    });
    const { totalCount } = await db.repositories.groups.list(NATIONAL_SCOPE, { first: 0 });
    return { staffToken: token, groups: totalCount };
  } finally {
    await db.close();
  }
}

export async function pgliteDatabase(size: Size): Promise<BenchDatabase> {
  const root = mkdtempSync(join(tmpdir(), `selvhjelp-bench-${size}-`));
  const gatewayDir = join(root, 'gateway');
  const baselineDir = join(root, 'baseline');
  await seed({ PGLITE_DATA_DIR: gatewayDir }, size);
  const { staffToken, groups } = await openSession({ pgliteDataDir: gatewayDir });
  // Closed by now; a byte-for-byte copy (lock file excluded) for the baseline's process.
  cpSync(gatewayDir, baselineDir, { recursive: true, filter: (source) => !source.endsWith('.lock') });
  return {
    backend: 'pglite',
    size,
    staffToken,
    groups,
    gatewayEnv: { PGLITE_DATA_DIR: gatewayDir, ATTACHMENT_DIR: join(root, 'vedlegg') },
    baselineEnv: { PGLITE_DATA_DIR: baselineDir },
    drop: async () => rmSync(root, { recursive: true, force: true }),
  };
}

export async function postgresDatabase(serverUrl: string, size: Size): Promise<BenchDatabase> {
  // BENCH_DATABASE_PREFIX: to tell one's own databases from those of benches running beside it.
  const prefix = process.env.BENCH_DATABASE_PREFIX ?? 'selvhjelp_bench';
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(prefix)) throw new Error('BENCH_DATABASE_PREFIX: lower-case letters, digits, _');
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const drop = () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  let session: { staffToken: string; groups: number };
  try {
    await seed({ DATABASE_URL: databaseUrl }, size);
    session = await openSession({ databaseUrl });
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    backend: 'postgresql',
    size,
    ...session,
    gatewayEnv: { DATABASE_URL: databaseUrl },
    baselineEnv: { DATABASE_URL: databaseUrl },
    drop,
  };
}
