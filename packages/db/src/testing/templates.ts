import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { todayIn } from '@selvhjelp/domain';
import { IN_MEMORY, pgliteBackend } from '../backends.js';
import { databaseInternals, openDatabase, openDatabaseOn } from '../database.js';
import { applyMigrations } from '../migrations/engine.js';
import { listMigrationNames } from '../migrations/history.js';
import { defaultMigrationPaths } from '../paths.js';
import { PGLITE_EXTENSIONS } from '../pglite-extensions.js';
import { prepareDatabase } from '../prepare.js';
import { removeLeftoversOfEndedRuns } from './leftovers.js';
import { databaseUrl, dropPostgresDatabase, withServer } from './server.js';

/*
 * Where test databases are copied from. Migrating a fresh database and seeding the demo data a
 * test gateway starts on cost seconds each (the seed most: ~4 s on PostgreSQL, far more on
 * PGlite), and every test file does it once per backend. So a test run's global setup
 * (prepareTestTemplates) builds, with the code under test, a migrated database and a migrated and
 * seeded one on each backend, and every test database is a copy:
 *   PGlite      a dump in the temp folder (loadDataDir),
 *   PostgreSQL  a database on the server (CREATE DATABASE ... TEMPLATE).
 * Built per run, not cached across runs, so a changed seed or migration is always what is tested.
 * Without the global setup (a bench, a single file run some other way) each database is built
 * from scratch as before.
 */

/** The environment variable through which the global setup tells the test workers of its templates. */
const TEMPLATES_ENV = 'SELVHJELP_TEST_TEMPLATES';

export interface TestTemplates {
  /** Template databases on the TEST_DATABASE_URL server. */
  postgresql?: { serverUrl: string; migrated: string };
  /** Migrated and demo-seeded copies, when the global setup was asked for them. */
  demo?: {
    /** The Oslo day the demo data was seeded for: its dates are relative to it. */
    day: string;
    /** A PGlite dump. */
    pglite: string;
    /** A template database on the `postgresql` server. */
    postgresql?: string;
  };
}

/** The templates the global setup made, or null when there is none. */
export function readTestTemplates(env: NodeJS.ProcessEnv = process.env): TestTemplates | null {
  const text = env[TEMPLATES_ENV];
  return text ? (JSON.parse(text) as TestTemplates) : null;
}

/** The demo templates when they hold today's demo data (a run can go past midnight; then seed afresh). */
export function currentDemoTemplates(
  now: Date = new Date(),
  env: NodeJS.ProcessEnv = process.env,
): TestTemplates['demo'] | null {
  const demo = readTestTemplates(env)?.demo;
  return demo && demo.day === todayIn(now) ? demo : null;
}

export interface TestTemplateOptions {
  /** Also build demo-seeded templates (for packages whose tests start gateways). */
  demo: boolean;
}

/**
 * Vitest global setup: builds the templates, hands them to the workers (which start after it)
 * through the environment, and returns the teardown that removes them.
 */
export async function prepareTestTemplates(
  options: TestTemplateOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<() => Promise<void>> {
  // Every Vitest project of a package runs the global setup; the first one's templates serve all.
  if (env[TEMPLATES_ENV]) return async () => {};
  const cleanups: (() => Promise<void>)[] = [];
  const teardown = async () => {
    delete env[TEMPLATES_ENV];
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const templates: TestTemplates = {};
    const serverUrl = env.TEST_DATABASE_URL;
    await removeLeftoversOfEndedRuns(serverUrl);
    if (serverUrl) {
      const migrated = await buildPostgresTemplate(serverUrl, false);
      cleanups.push(() => dropPostgresDatabase(serverUrl, migrated));
      templates.postgresql = { serverUrl, migrated };
    }
    if (options.demo) {
      const day = todayIn(new Date());
      const pglite = join(tmpdir(), `selvhjelp-pglite-demo-${process.pid}-${randomBytes(4).toString('hex')}.tar`);
      cleanups.push(async () => rmSync(pglite, { force: true }));
      writeFileSync(pglite, Buffer.from(await (await buildPgliteDemoDump()).arrayBuffer()));
      templates.demo = { day, pglite };
      if (serverUrl) {
        const postgresql = await buildPostgresTemplate(serverUrl, true);
        cleanups.push(() => dropPostgresDatabase(serverUrl, postgresql));
        templates.demo.postgresql = postgresql;
      }
    }
    env[TEMPLATES_ENV] = JSON.stringify(templates);
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}

/** PGlite's version, read from its package.json (not in its "exports"): part of the cache key. */
function pgliteVersion(): string {
  const main = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const packageJson = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return packageJson.version;
}

/*
 * A fresh PGlite runs initdb (≈1.5 s of CPU); loading a dump of an already migrated one takes
 * ≈0.4 s. The dump is cached in the OS temp folder under a key made of the PGlite version and
 * the migration files, so every test file (each runs in its own module instance) and every later
 * run reuse it until a migration changes.
 */
let migratedDump: Promise<Blob> | undefined;

function migratedDumpCacheFile(): string {
  const { migrationsDir } = defaultMigrationPaths();
  const hash = createHash('sha256').update(`pglite ${pgliteVersion()}\n`);
  for (const name of listMigrationNames(migrationsDir)) {
    hash.update(`${name}\n`).update(readFileSync(join(migrationsDir, name, 'migration.sql')));
  }
  return join(tmpdir(), `selvhjelp-pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
}

async function loadMigratedDump(): Promise<Blob> {
  const file = migratedDumpCacheFile();
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const pglite = new PGlite({ dataDir: IN_MEMORY, extensions: PGLITE_EXTENSIONS });
  try {
    await applyMigrations(pglite);
    const dump = await pglite.dumpDataDir('none');
    // Write-then-rename: parallel test workers may build it at the same time.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
    return dump;
  } finally {
    await pglite.close();
  }
}

/** A dump of a migrated PGlite database: the global setup's demo-seeded one (`demo`), or the cached empty one. */
export function pgliteDump(demo: TestTemplates['demo'] | null): Promise<Blob> {
  if (demo) return Promise.resolve(new Blob([readFileSync(demo.pglite)]));
  migratedDump ??= loadMigratedDump();
  return migratedDump;
}

/** The migrated dump with the demo data a test gateway seeds at its first start. */
async function buildPgliteDemoDump(): Promise<Blob> {
  const db = openDatabaseOn(await pgliteBackend(IN_MEMORY, await pgliteDump(null)));
  try {
    await prepareDatabase(db, { seed: 'if-empty' });
    const pglite = databaseInternals(db).migrationTarget as PGlite;
    return await pglite.dumpDataDir('none');
  } finally {
    await db.close();
  }
}

/** A migrated (and, with `seeded`, demo-seeded) database on the server, no longer connected to. */
async function buildPostgresTemplate(serverUrl: string, seeded: boolean): Promise<string> {
  const name = `selvhjelp_template_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  try {
    const db = await openDatabase({ databaseUrl: databaseUrl(serverUrl, name) });
    try {
      await prepareDatabase(db, { seed: seeded ? 'if-empty' : 'never' });
    } finally {
      await db.close();
    }
    return name;
  } catch (error) {
    await dropPostgresDatabase(serverUrl, name);
    throw error;
  }
}
