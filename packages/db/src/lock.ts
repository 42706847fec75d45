import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DatabaseLockedError } from './errors.js';
import { resolvePgliteDataDir } from './paths.js';

/*
 * PGlite is Postgres compiled to WebAssembly running inside *this* process: two processes opening
 * the same folder would both write to it and corrupt it, and PGlite itself does not guard against
 * that. So we keep a lock file holding the owner's pid beside the folder (not inside it, so that
 * `db:reset` can delete the folder while holding the lock).
 */

/** Locks this process holds, so that our own pid in a lock file is told apart from a stale one. */
const heldByThisProcess = new Set<string>();

export function pgliteLockPath(dataDir: string): string {
  const absolute = resolve(dataDir);
  return join(dirname(absolute), `${basename(absolute)}.lock`);
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user; it still holds the folder.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): number | null {
  let content: string;
  try {
    content = readFileSync(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const pid = Number.parseInt(content.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** A live holder, or null when the lock is free or stale. */
function liveHolder(lockPath: string): number | null {
  const pid = readHolder(lockPath);
  if (pid === null) return null;
  // In containers a restarted process often gets the same pid as the crashed one: our own pid
  // only counts as "held" if this process really took the lock.
  if (pid === process.pid) return heldByThisProcess.has(lockPath) ? pid : null;
  return isProcessAlive(pid) ? pid : null;
}

/**
 * Which process holds the embedded database folder: its pid, or null when nobody does (no lock
 * file, or a stale one left by a process that died). Opens nothing. `dataDir` is read like
 * openDatabase reads it (default folder when absent, relative to the repo root).
 */
export function checkPgliteLock(dataDir?: string): number | null {
  const resolved = resolvePgliteDataDir(dataDir);
  if (resolved.startsWith('memory://')) return null;
  return liveHolder(pgliteLockPath(resolved));
}

export interface PgliteLock {
  readonly path: string;
  /** Idempotent. */
  release(): void;
}

/** Takes the folder's lock or throws DatabaseLockedError. A stale lock is taken over. */
export function acquirePgliteLock(dataDir: string): PgliteLock {
  const lockPath = pgliteLockPath(dataDir);
  mkdirSync(dirname(lockPath), { recursive: true });
  // Two rounds: the second one after removing a stale lock. If another process wins that race,
  // the second round reports it as the holder.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      heldByThisProcess.add(lockPath);
      return { path: lockPath, release: () => releaseLock(lockPath) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = liveHolder(lockPath);
    if (holder !== null) throw new DatabaseLockedError(resolve(dataDir), holder);
    removeIfPresent(lockPath);
  }
  throw new DatabaseLockedError(resolve(dataDir), readHolder(lockPath) ?? 0);
}

function releaseLock(lockPath: string): void {
  if (!heldByThisProcess.delete(lockPath)) return;
  if (readHolder(lockPath) === process.pid) removeIfPresent(lockPath);
}

function removeIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

// A process that exits without closing the database (an uncaught error, process.exit) should
// not leave a lock behind that the next start has to reason about.
process.once('exit', () => {
  for (const lockPath of [...heldByThisProcess]) releaseLock(lockPath);
});
