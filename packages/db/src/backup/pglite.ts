import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from '../pglite-extensions.js';
import { DatabaseLockedError } from '../errors.js';
import { acquirePgliteLock } from '../lock.js';
import type { PgliteLock } from '../lock.js';
import { BackupError } from './errors.js';
import { backupKindOf, BACKUP_KIND_LABEL, isGzip } from './format.js';

/*
 * The embedded database is backed up with PGlite's own dump of its data folder (a gzipped tar of
 * the Postgres cluster, the format `loadDataDir` reads back). Both directions hold the folder's
 * lock: PGlite lives inside the process that opened it, so a copy taken while the gateway runs
 * could be torn, and a restore under a running gateway would be overwritten by it.
 */

/** The folder's lock, or DatabaseLockedError saying that the gateway has to be stopped first. */
function lockForBackup(dataDir: string, what: 'backed up' | 'restored'): PgliteLock {
  try {
    return acquirePgliteLock(dataDir);
  } catch (error) {
    if (!(error instanceof DatabaseLockedError)) throw error;
    const locked = new DatabaseLockedError(error.dataDir, error.pid);
    locked.message =
      `The embedded database ${error.dataDir} is open in another process (pid ${error.pid}), probably the gateway. ` +
      `It can only be ${what} while nothing has it open: stop the gateway, then try again.`;
    throw locked;
  }
}

function isPgliteFolder(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

function isEmptyOrMissing(dataDir: string): boolean {
  return !existsSync(dataDir) || readdirSync(dataDir).length === 0;
}

export async function backupPglite(dataDir: string, file: string): Promise<{ bytes: number }> {
  const lock = lockForBackup(dataDir, 'backed up');
  try {
    if (!isPgliteFolder(dataDir))
      throw new BackupError(`There is no embedded database in ${dataDir}: nothing to back up.`);
    const pglite = new PGlite({ dataDir, extensions: PGLITE_EXTENSIONS });
    let dump: Blob;
    try {
      await pglite.waitReady;
      dump = await pglite.dumpDataDir('gzip');
    } finally {
      await pglite.close();
    }
    const bytes = Buffer.from(await dump.arrayBuffer());
    writeAtomically(file, bytes);
    return { bytes: bytes.length };
  } finally {
    lock.release();
  }
}

export async function restorePglite(dataDir: string, file: string, options: { force: boolean }): Promise<void> {
  const kind = backupKindOf(file);
  if (kind !== 'pglite') {
    throw new BackupError(
      `${file} is ${kind ? BACKUP_KIND_LABEL[kind] : 'not a backup this tool wrote'}; the target is the embedded database (${dataDir}).` +
        (kind === 'postgresql' ? ' Set DATABASE_URL to restore it into a PostgreSQL database.' : ''),
    );
  }
  const lock = lockForBackup(dataDir, 'restored');
  try {
    if (!isEmptyOrMissing(dataDir) && !options.force) {
      throw new BackupError(
        `${dataDir} already holds a database. Restoring replaces all of it: add --force to do that.`,
      );
    }
    const bytes = readFileSync(file);
    // Into a fresh folder beside the target first, so that a damaged backup leaves the old data alone.
    const staging = `${dataDir}.restoring`;
    rmSync(staging, { recursive: true, force: true });
    let failure: unknown = null;
    try {
      const pglite = new PGlite({
        dataDir: staging,
        extensions: PGLITE_EXTENSIONS,
        loadDataDir: new Blob([bytes], isGzip(bytes) ? { type: 'application/x-gzip' } : {}),
      });
      try {
        await pglite.waitReady;
        await pglite.query('SELECT 1');
      } finally {
        if (!pglite.closed) await pglite.close();
      }
    } catch (error) {
      failure = error;
    }
    if (failure) {
      rmSync(staging, { recursive: true, force: true });
      throw new BackupError(`${file} could not be loaded as an embedded database: ${(failure as Error).message}`, {
        cause: failure,
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
    renameSync(staging, dataDir);
  } finally {
    lock.release();
  }
}

export function writeAtomically(file: string, bytes: Uint8Array): void {
  const partial = `${file}.partial`;
  writeFileSync(partial, bytes, { mode: 0o600 });
  renameSync(partial, file);
}
