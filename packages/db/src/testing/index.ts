import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IN_MEMORY, pgliteBackend } from '../backends.js';
import type { Database } from '../database.js';
import { databaseInternals, openDatabase, openDatabaseOn } from '../database.js';
import { prepareDatabase } from '../prepare.js';
import type { TestTemplates } from './templates.js';
import { databaseUrl, dropPostgresDatabase, withServer } from './server.js';
import { currentDemoTemplates, pgliteDump, readTestTemplates } from './templates.js';

export { prepareTestTemplates } from './templates.js';

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

/*
 * Integration tests run against every backend we support:
 *   describe.each(testBackends())('$name', ({ open }) => { ... })
 * PGlite always; PostgreSQL when TEST_DATABASE_URL names a server. Each open() gives a fresh,
 * migrated database that close() throws away: empty, or with `{ seed: 'demo' }` holding the demo
 * data a test gateway seeds at its first start. Both are copies of templates (see templates.ts).
 */

export interface TestDatabaseOptions {
  /** 'demo': as prepareDatabase's 'if-empty' seed leaves a new database. Default 'none'. */
  seed?: 'demo' | 'none';
}

export interface TestBackend {
  name: 'pglite' | 'postgresql';
  open(options?: TestDatabaseOptions): Promise<Database>;
  /** Like open(), but another process (a gateway the test starts) can open the database too. */
  openShared(options?: TestDatabaseOptions): Promise<SharedTestDatabase>;
}

/**
 * A fresh, migrated database for a test that starts its own gateway on it: `env` is what the
 * gateway needs to find it (PGLITE_DATA_DIR or DATABASE_URL). PGlite is one process, so close
 * `db` before the gateway starts; `dispose()` closes it (if still open) and throws the database away.
 */
export interface SharedTestDatabase {
  db: Database;
  env: { PGLITE_DATA_DIR: string } | { DATABASE_URL: string };
  dispose(): Promise<void>;
}

export function testBackends(env: NodeJS.ProcessEnv = process.env): TestBackend[] {
  const backends: TestBackend[] = [
    {
      name: 'pglite',
      open: (options) => openPgliteTestDatabase(IN_MEMORY, options),
      openShared: openSharedPgliteTestDatabase,
    },
  ];
  const serverUrl = env.TEST_DATABASE_URL;
  if (serverUrl)
    backends.push({
      name: 'postgresql',
      open: (options) => openPostgresTestDatabase(serverUrl, options),
      openShared: (options) => openSharedPostgresTestDatabase(serverUrl, options),
    });
  return backends;
}

/** The global setup's demo-seeded templates when `options` asks for the demo data and they are today's. */
function demoTemplates(options: TestDatabaseOptions): TestTemplates['demo'] | null {
  return options.seed === 'demo' ? currentDemoTemplates() : null;
}

/*
 * The copy is checked, and brought to the asked state, as a gateway starting on it would: the
 * migrations (none to apply, which proves the copy current) and, when the demo data was asked for
 * but not copied, the seed.
 */
async function prepareCopy(db: Database, options: TestDatabaseOptions): Promise<void> {
  await prepareDatabase(db, { seed: options.seed === 'demo' ? 'if-empty' : 'never' });
}

async function openPgliteTestDatabase(dataDir: string, options: TestDatabaseOptions = {}): Promise<Database> {
  const db = openDatabaseOn(await pgliteBackend(dataDir, await pgliteDump(demoTemplates(options))));
  try {
    await prepareCopy(db, options);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * A new database on the server, a copy of the global setup's template when there is one (else
 * empty), and how to drop it (WITH FORCE: a gateway may still hold connections).
 */
async function createPostgresTestDatabase(
  serverUrl: string,
  options: TestDatabaseOptions,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `selvhjelp_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const templates = readTestTemplates();
  let template: string | undefined;
  if (templates?.postgresql?.serverUrl === serverUrl)
    template = demoTemplates(options)?.postgresql ?? templates.postgresql.migrated;
  await withServer(serverUrl, (client) =>
    client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`),
  );
  return { url: databaseUrl(serverUrl, name), drop: () => dropPostgresDatabase(serverUrl, name) };
}

/** Opens and prepares a database made by createPostgresTestDatabase; `dropOnClose` makes close() drop it. */
async function openCreatedPostgresDatabase(
  created: { url: string; drop: () => Promise<void> },
  dropOnClose: boolean,
  options: TestDatabaseOptions,
): Promise<Database> {
  let db: Database | undefined;
  try {
    db = await openDatabase({ databaseUrl: created.url });
    if (dropOnClose) databaseInternals(db).afterClose.push(created.drop);
    await prepareCopy(db, options);
    return db;
  } catch (error) {
    if (db) await db.close();
    if (!dropOnClose || !db) await created.drop();
    throw error;
  }
}

async function openPostgresTestDatabase(serverUrl: string, options: TestDatabaseOptions = {}): Promise<Database> {
  return openCreatedPostgresDatabase(await createPostgresTestDatabase(serverUrl, options), true, options);
}

async function openSharedPostgresTestDatabase(
  serverUrl: string,
  options: TestDatabaseOptions = {},
): Promise<SharedTestDatabase> {
  const created = await createPostgresTestDatabase(serverUrl, options);
  const db = await openCreatedPostgresDatabase(created, false, options);
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
async function openSharedPgliteTestDatabase(options: TestDatabaseOptions = {}): Promise<SharedTestDatabase> {
  const folder = mkdtempSync(join(tmpdir(), 'selvhjelp-pglite-shared-'));
  const dataDir = join(folder, 'pglite');
  try {
    const db = await openPgliteTestDatabase(dataDir, options);
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
