import type { Database, OpenDatabaseOptions } from '../database.js';
import { describeConnectionString } from '../backends.js';
import { openDatabase } from '../database.js';
import { prepareDatabase } from '../prepare.js';
import { resolvePgliteDataDir } from '../paths.js';

/**
 * The CLI's reading of DATABASE_URL and PGLITE_DATA_DIR. Root scripts run us through
 * `pnpm --filter`, which changes the working directory to packages/db, so a relative
 * PGLITE_DATA_DIR is taken relative to the repo root (see resolvePgliteDataDir).
 */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenDatabaseOptions & { where: string } {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL, where: describeConnectionString(env.DATABASE_URL) };
  const pgliteDataDir = resolvePgliteDataDir(env.PGLITE_DATA_DIR);
  return { pgliteDataDir, where: `PGlite ${pgliteDataDir}` };
}

/**
 * Opens the database the environment names, brings it to the current migration (never seeding)
 * and saying so, runs `work`, and closes it whatever happens.
 */
export async function withMigratedDatabase<T>(
  work: (db: Database, appliedMigrations: readonly string[]) => Promise<T>,
): Promise<T> {
  const { where, ...options } = databaseOptionsFromEnv();
  console.log(`Database: ${where}`);
  const db = await openDatabase(options);
  try {
    const { appliedMigrations } = await prepareDatabase(db, { seed: 'never' });
    for (const name of appliedMigrations) console.log(`Applied ${name}`);
    return await work(db, appliedMigrations);
  } finally {
    await db.close();
  }
}

/** Runs a command: prints errors without a stack for the failures we expect, exits non-zero. */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      process.exitCode = 1;
    },
  );
}
