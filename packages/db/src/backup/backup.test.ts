import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseInternals, openDatabase } from '../database.js';
import type { OpenDatabaseOptions } from '../database.js';
import { DatabaseLockedError } from '../errors.js';
import { prepareDatabase } from '../prepare.js';
import { BackupError, backupDatabase, restoreDatabase } from './index.js';
import type { TableChecksum } from './table-checksums.js';
import { tableChecksums } from './table-checksums.js';

type Target = Pick<OpenDatabaseOptions, 'databaseUrl' | 'pgliteDataDir'>;

async function checksumsOf(target: Target): Promise<Record<string, TableChecksum>> {
  const db = await openDatabase(target);
  try {
    return await tableChecksums(db);
  } finally {
    await db.close();
  }
}

async function seeded(target: Target): Promise<Record<string, TableChecksum>> {
  const db = await openDatabase(target);
  try {
    await prepareDatabase(db, { seed: 'if-empty' });
    return await tableChecksums(db);
  } finally {
    await db.close();
  }
}

function expectSeededShape(checksums: Record<string, TableChecksum>): void {
  // A round trip of an empty database would prove nothing.
  expect(checksums).toHaveProperty('_prisma_migrations');
  expect(checksums.staff_user?.rows).toBeGreaterThanOrEqual(16);
  expect(checksums.self_help_group?.rows).toBeGreaterThan(0);
  expect(Object.values(checksums).filter((table) => table.rows > 0).length).toBeGreaterThan(10);
}

const folder = mkdtempSync(join(tmpdir(), 'selvhjelp-backup-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const SLOW = 120_000;

describe('backup and restore of the embedded database', () => {
  const source = { pgliteDataDir: join(folder, 'source') };
  const target = { pgliteDataDir: join(folder, 'target') };
  const file = join(folder, 'pglite.backup');
  let original: Record<string, TableChecksum>;

  // Seeding and two dumps of a whole cluster: generous on a busy machine.
  beforeAll(async () => {
    original = await seeded(source);
  }, 180_000);

  it(
    'round-trips a seeded database: same tables, row counts and checksums',
    async () => {
      expectSeededShape(original);
      await backupDatabase(source, file);
      await restoreDatabase(target, file, { force: false });
      expect(await checksumsOf(target)).toEqual(original);
    },
    SLOW,
  );

  it(
    'refuses to overwrite a database that holds data unless forced',
    async () => {
      await expect(restoreDatabase(target, file, { force: false })).rejects.toThrow(
        /already holds a database[\s\S]*--force/,
      );
      // An edit after the backup shows in the checksums, and a forced restore takes it back.
      const db = await openDatabase(target);
      try {
        await databaseInternals(db).prisma.$executeRawUnsafe(
          `UPDATE staff_user SET name = name || ' (endret)' WHERE email = 'admin@demo.selvhjelp.no'`,
        );
        const edited = await tableChecksums(db);
        expect(edited.staff_user).not.toEqual(original.staff_user);
        // A staff user's change also moves the auth epoch (a trigger; decision 0016).
        expect(edited.auth_epoch).not.toEqual(original.auth_epoch);
        expect({ ...edited, staff_user: original.staff_user, auth_epoch: original.auth_epoch }).toEqual(original);
      } finally {
        await db.close();
      }
      await restoreDatabase(target, file, { force: true });
      expect(await checksumsOf(target)).toEqual(original);
    },
    SLOW,
  );

  it(
    'refuses while the database is open, and refuses a file that is not a backup of this kind',
    async () => {
      const open = await openDatabase(target);
      try {
        await expect(restoreDatabase(target, file, { force: true })).rejects.toThrow(DatabaseLockedError);
        await expect(restoreDatabase(target, file, { force: true })).rejects.toThrow(
          /can only be restored while nothing has it open: stop the gateway/,
        );
        await expect(backupDatabase(target, join(folder, 'other.backup'))).rejects.toThrow(DatabaseLockedError);
      } finally {
        await open.close();
      }
      const notABackup = join(folder, 'not-a-backup');
      writeFileSync(notABackup, 'PGDMP pretending to be pg_dump');
      await expect(restoreDatabase(target, notABackup, { force: true })).rejects.toThrow(
        /PostgreSQL backup[\s\S]*DATABASE_URL/,
      );
      writeFileSync(notABackup, 'hello');
      await expect(restoreDatabase(target, notABackup, { force: true })).rejects.toThrow(BackupError);
      expect(await checksumsOf(target)).toEqual(original);
    },
    SLOW,
  );
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.runIf(serverUrl)('backup and restore of a PostgreSQL database', () => {
  const names = ['source', 'target'].map((role) => `selvhjelp_test_backup_${role}_${randomBytes(4).toString('hex')}`);
  const urlOf = (name: string) => {
    const url = new URL(serverUrl ?? 'postgresql://unused');
    url.pathname = `/${name}`;
    return url.toString();
  };
  const source = { databaseUrl: urlOf(names[0]!) };
  const target = { databaseUrl: urlOf(names[1]!) };
  const file = join(folder, 'postgresql.backup');
  let original: Record<string, TableChecksum>;

  async function onServer(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    for (const name of names) await onServer(`CREATE DATABASE "${name}"`);
    original = await seeded(source);
  }, 180_000);
  afterAll(async () => {
    for (const name of names) await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it(
    'round-trips a seeded database: same tables, row counts and checksums',
    async () => {
      expectSeededShape(original);
      await backupDatabase(source, file);
      await restoreDatabase(target, file, { force: false });
      expect(await checksumsOf(target)).toEqual(original);
    },
    SLOW,
  );

  it(
    'refuses a database that holds data unless forced, and one in use',
    async () => {
      await expect(restoreDatabase(target, file, { force: false })).rejects.toThrow(
        /already holds tables[\s\S]*--force/,
      );
      const open = await openDatabase(target);
      try {
        await open.ping();
        await expect(restoreDatabase(target, file, { force: true })).rejects.toThrow(/in use/);
      } finally {
        await open.close();
      }
      await restoreDatabase(target, file, { force: true });
      expect(await checksumsOf(target)).toEqual(original);
      const gzipped = join(folder, 'looks-like-pglite.backup');
      writeFileSync(gzipped, Buffer.from([0x1f, 0x8b, 0x08, 0x00]));
      await expect(restoreDatabase(target, gzipped, { force: true })).rejects.toThrow(
        /embedded-database \(PGlite\) backup[\s\S]*Unset DATABASE_URL/,
      );
      await expect(restoreDatabase(target, join(folder, 'missing.backup'), { force: true })).rejects.toThrow(
        /No backup file at/,
      );
    },
    SLOW,
  );
});
