import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { DatabaseLockedError } from './errors.js';
import { acquirePgliteLock, checkPgliteLock, pgliteLockPath } from './lock.js';
import { prepareDatabase } from './prepare.js';
import { createTestStaffUser } from './testing/index.js';

/** A pid that certainly belongs to no running process: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid;
}

describe('PGlite folder lock', () => {
  let root: string;
  let dataDir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'selvhjelp-lock-'));
    dataDir = join(root, 'pglite');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a second opener, names the holder, and frees the folder on close', async () => {
    expect(checkPgliteLock(dataDir)).toBeNull();
    const db = await openDatabase({ pgliteDataDir: dataDir });
    try {
      expect(db.description).toBe(`PGlite ${dataDir}`);
      expect(checkPgliteLock(dataDir)).toBe(process.pid);
      const second = openDatabase({ pgliteDataDir: dataDir });
      await expect(second).rejects.toThrow(DatabaseLockedError);
      await expect(second).rejects.toThrow(
        `The embedded database folder ${dataDir} is in use by another process (pid ${process.pid}). ` +
          'Stop it first (Ctrl-C in its terminal), or set DATABASE_URL to use a PostgreSQL server.',
      );
    } finally {
      await db.close();
      await db.close(); // idempotent
    }
    expect(checkPgliteLock(dataDir)).toBeNull();
    expect(existsSync(pgliteLockPath(dataDir))).toBe(false);
  });

  it('reports a lock held by another live process', () => {
    writeFileSync(pgliteLockPath(dataDir), `${process.ppid}\n`);
    expect(checkPgliteLock(dataDir)).toBe(process.ppid);
  });

  it('takes over a stale lock (dead pid, or our own pid left by a previous run)', () => {
    for (const pid of [deadPid(), process.pid]) {
      writeFileSync(pgliteLockPath(dataDir), `${pid}\n`);
      expect(checkPgliteLock(dataDir)).toBeNull();
      // What openDatabase does first; opening PGlite on top adds nothing to this test.
      const lock = acquirePgliteLock(dataDir);
      expect(checkPgliteLock(dataDir)).toBe(process.pid);
      expect(() => acquirePgliteLock(dataDir)).toThrow(DatabaseLockedError);
      lock.release();
      expect(checkPgliteLock(dataDir)).toBeNull();
    }
  });

  it('keeps the data across close and reopen', async () => {
    const first = await openDatabase({ pgliteDataDir: dataDir });
    await prepareDatabase(first, { seed: 'never' });
    const user = await createTestStaffUser(first, { name: 'Persistent Person' });
    await first.close();

    const second = await openDatabase({ pgliteDataDir: dataDir });
    try {
      expect((await prepareDatabase(second, { seed: 'never' })).appliedMigrations).toEqual([]);
      expect(await second.repositories.staffUsers.findById(NATIONAL_SCOPE, user.id)).toEqual(user);
    } finally {
      await second.close();
    }
  });
});
