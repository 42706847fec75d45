// pnpm db:backup <file> — writes a backup of the database DATABASE_URL names (pg_dump, custom
// format) or of the embedded database (PGlite's dump of its folder; the gateway must be stopped).
import { resolve } from 'node:path';
import { backupDatabase } from '../backup/index.js';
import { findRepoRoot } from '../paths.js';
import { databaseOptionsFromEnv, runCli } from './env.js';

runCli(async () => {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    console.error('Usage: pnpm db:backup <file>   e.g. pnpm db:backup /srv/backup/selvhjelp-2026-12-04.dump');
    return 1;
  }
  // pnpm runs us in packages/db; like PGLITE_DATA_DIR, a relative file is taken from the repo root.
  const file = resolve(findRepoRoot() ?? process.cwd(), args[0]!);
  const { where, ...options } = databaseOptionsFromEnv();
  console.log(`Database: ${where}`);
  const { bytes } = await backupDatabase(options, file);
  console.log(`Backup written to ${file} (${(bytes / 1024).toFixed(0)} KiB).`);
  if (process.env.ATTACHMENT_DIR)
    console.log(
      `Agreement documents in ATTACHMENT_DIR (${process.env.ATTACHMENT_DIR}) are files: copy that folder too.`,
    );
  return 0;
});
