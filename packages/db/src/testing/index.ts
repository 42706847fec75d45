import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from '../pglite-extensions.js';
import pg from 'pg';
import { describeConnectionString, IN_MEMORY, pgliteBackend } from '../backends.js';
import type { Database } from '../database.js';
import { databaseInternals, openDatabase, openDatabaseOn } from '../database.js';
import { applyMigrations } from '../migrations/engine.js';
import { listMigrationNames } from '../migrations/history.js';
import { defaultMigrationPaths } from '../paths.js';
import { prepareDatabase } from '../prepare.js';

export * from './fixtures.js';
export * from './session-fixtures.js';
export * from './group-fixtures.js';
export * from './facilitator-fixtures.js';
export * from './partner-fixtures.js';
export * from './retention-fixtures.js';
export * from './inquiry-fixtures.js';
export * from './rules-as-gateway.js';
export * from './peer-fixtures.js';
export * from './survey-fixtures.js';

/** PGlite's version, read from its package.json (not in its "exports"): part of the cache key. */
function pgliteVersion(): string {
  const main = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const packageJson = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return packageJson.version;
}

/*
 * Integration tests run against every backend we support:
 *   describe.each(testBackends())('$name', ({ open }) => { ... })
 * PGlite always; PostgreSQL when TEST_DATABASE_URL names a server. Each open() gives a fresh,
 * migrated, empty database that close() throws away.
 */

export interface TestBackend {
  name: 'pglite' | 'postgresql';
  open(): Promise<Database>;
  /** Like open(), but another process (a gateway the test starts) can open the database too. */
  openShared(): Promise<SharedTestDatabase>;
}

/**
 * A fresh, migrated, empty database for a test that starts its own gateway on it: `env` is what
 * the gateway needs to find it (PGLITE_DATA_DIR or DATABASE_URL). PGlite is one process, so close
 * `db` before the gateway starts; `dispose()` closes it (if still open) and throws the database away.
 */
export interface SharedTestDatabase {
  db: Database;
  env: { PGLITE_DATA_DIR: string } | { DATABASE_URL: string };
  dispose(): Promise<void>;
}

export function testBackends(env: NodeJS.ProcessEnv = process.env): TestBackend[] {
  const backends: TestBackend[] = [
    { name: 'pglite', open: openPgliteTestDatabase, openShared: openSharedPgliteTestDatabase },
  ];
  const serverUrl = env.TEST_DATABASE_URL;
  if (serverUrl)
    backends.push({
      name: 'postgresql',
      open: () => openPostgresTestDatabase(serverUrl),
      openShared: () => openSharedPostgresTestDatabase(serverUrl),
    });
  return backends;
}

/*
 * A fresh PGlite runs initdb (≈1.5 s of CPU); loading a dump of an already migrated one takes
 * ≈0.4 s. The dump is cached in the OS temp folder under a key made of the PGlite version and
 * the migration files, so every test file (each runs in its own module instance) and every later
 * run reuse it until a migration changes.
 */
let migratedTemplate: Promise<Blob> | undefined;

function templateCacheFile(): string {
  const { migrationsDir } = defaultMigrationPaths();
  const hash = createHash('sha256').update(`pglite ${pgliteVersion()}\n`);
  for (const name of listMigrationNames(migrationsDir)) {
    hash.update(`${name}\n`).update(readFileSync(join(migrationsDir, name, 'migration.sql')));
  }
  return join(tmpdir(), `selvhjelp-pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
}

async function loadTemplate(): Promise<Blob> {
  const file = templateCacheFile();
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

async function openPgliteTestDatabase(dataDir = IN_MEMORY): Promise<Database> {
  migratedTemplate ??= loadTemplate();
  const db = openDatabaseOn(await pgliteBackend(dataDir, await migratedTemplate));
  try {
    // Applies nothing, but proves the copy is at the current migration.
    await prepareDatabase(db, { seed: 'never' });
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    // Never skip: a configured server that is down must fail the run, or the PostgreSQL half of
    // the suite would silently stop running.
    throw new Error(
      `TEST_DATABASE_URL is set, but ${describeConnectionString(serverUrl)} cannot be reached: ${(error as Error).message}`,
      { cause: error },
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the server, and how to drop it (WITH FORCE: a gateway may still hold connections). */
async function createPostgresTestDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `selvhjelp_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const drop = () =>
    withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
      () => undefined,
    );
  await withServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return { url: databaseUrl(serverUrl, name), drop };
}

/** Opens and migrates a database made by createPostgresTestDatabase; `dropOnClose` makes close() drop it. */
async function openCreatedPostgresDatabase(
  created: { url: string; drop: () => Promise<void> },
  dropOnClose: boolean,
): Promise<Database> {
  let db: Database | undefined;
  try {
    db = await openDatabase({ databaseUrl: created.url });
    if (dropOnClose) databaseInternals(db).afterClose.push(created.drop);
    await prepareDatabase(db, { seed: 'never' });
    return db;
  } catch (error) {
    if (db) await db.close();
    if (!dropOnClose || !db) await created.drop();
    throw error;
  }
}

async function openPostgresTestDatabase(serverUrl: string): Promise<Database> {
  return openCreatedPostgresDatabase(await createPostgresTestDatabase(serverUrl), true);
}

async function openSharedPostgresTestDatabase(serverUrl: string): Promise<SharedTestDatabase> {
  const created = await createPostgresTestDatabase(serverUrl);
  const db = await openCreatedPostgresDatabase(created, false);
  return {
    db,
    env: { DATABASE_URL: created.url },
    dispose: async () => {
      await db.close();
      await created.drop();
    },
  };
}

/** In a temporary folder (not in memory), so that a gateway can open it once `db` is closed. */
async function openSharedPgliteTestDatabase(): Promise<SharedTestDatabase> {
  const folder = mkdtempSync(join(tmpdir(), 'selvhjelp-pglite-shared-'));
  const dataDir = join(folder, 'pglite');
  try {
    const db = await openPgliteTestDatabase(dataDir);
    return {
      db,
      env: { PGLITE_DATA_DIR: dataDir },
      dispose: async () => {
        try {
          await db.close();
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
export * from './follow-up-case-fixtures.js';
export * from './overview-checker.js';
export * from './overview-fixtures.js';
export * from './large-seed.js';
