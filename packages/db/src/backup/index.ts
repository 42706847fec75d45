import type { OpenDatabaseOptions } from '../database.js';
import { resolvePgliteDataDir } from '../paths.js';
import { BackupError } from './errors.js';
import { backupPglite, restorePglite } from './pglite.js';
import { backupPostgres, restorePostgres } from './postgres.js';

export { BackupError } from './errors.js';

type Target = Pick<OpenDatabaseOptions, 'databaseUrl' | 'pgliteDataDir'>;

function pgliteFolder(target: Target): string {
  const dataDir = resolvePgliteDataDir(target.pgliteDataDir);
  if (dataDir.startsWith('memory://')) throw new BackupError('An in-memory database cannot be backed up or restored.');
  return dataDir;
}

/** Writes a backup of the database `target` names (DATABASE_URL or the embedded folder) to `file`. */
export function backupDatabase(target: Target, file: string): Promise<{ bytes: number }> {
  return target.databaseUrl ? backupPostgres(target.databaseUrl, file) : backupPglite(pgliteFolder(target), file);
}

/** Replaces the database `target` names with the backup in `file`; refuses a non-empty target unless `force`. */
export function restoreDatabase(target: Target, file: string, options: { force: boolean }): Promise<void> {
  return target.databaseUrl
    ? restorePostgres(target.databaseUrl, file, options)
    : restorePglite(pgliteFolder(target), file, options);
}
