// pnpm db:restore <file> [--force] — replaces the database DATABASE_URL names, or the embedded
// one, with a backup written by db:backup. Refuses a database in use, and one that holds data
// unless --force.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { restoreDatabase } from '../backup/index.js';
import { findRepoRoot } from '../paths.js';
import { databaseOptionsFromEnv, runCli } from './env.js';

const USAGE = 'Usage: pnpm db:restore <file> [--force]   (--force replaces a database that holds data)';

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== '--'),
      options: { force: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  if (parsed.positionals.length !== 1) {
    console.error(USAGE);
    return 1;
  }
  // pnpm runs us in packages/db; like PGLITE_DATA_DIR, a relative file is taken from the repo root.
  const file = resolve(findRepoRoot() ?? process.cwd(), parsed.positionals[0]!);
  const { where, ...options } = databaseOptionsFromEnv();
  console.log(`Database: ${where}`);
  await restoreDatabase(options, file, { force: parsed.values.force });
  console.log(`Restored ${file}. The next start of the gateway applies any newer migrations.`);
  return 0;
});
