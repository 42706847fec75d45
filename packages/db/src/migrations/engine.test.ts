import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from '../pglite-extensions.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { databaseInternals } from '../database.js';
import { MigrationError } from '../errors.js';
import { defaultMigrationPaths } from '../paths.js';
import { prepareDatabase } from '../prepare.js';
import { testBackends } from '../testing/index.js';
import { applyMigrations, createMigration } from './engine.js';
import { listMigrationNames } from './history.js';

/** A scratch copy of prisma/ so that tests never write into the real migrations folder. */
function copyPrismaFolder(): { root: string; schemaPath: string; migrationsDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'selvhjelp-migrations-'));
  const real = defaultMigrationPaths();
  cpSync(real.migrationsDir, join(root, 'migrations'), { recursive: true });
  cpSync(real.schemaPath, join(root, 'schema.prisma'));
  return { root, schemaPath: join(root, 'schema.prisma'), migrationsDir: join(root, 'migrations') };
}

describe.each(testBackends())('applyMigrations on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('is idempotent and records history like prisma migrate', async () => {
    const second = await prepareDatabase(db, { seed: 'never' });
    expect(second.appliedMigrations).toEqual([]);
    const rows = await databaseInternals(db).prisma.$queryRaw<
      { migration_name: string; finished: boolean; checksum: string }[]
    >`
      SELECT migration_name, finished_at IS NOT NULL AS finished, checksum FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(listMigrationNames(defaultMigrationPaths().migrationsDir));
    expect(rows.every((row) => row.finished && /^[0-9a-f]{64}$/.test(row.checksum))).toBe(true);
  });

  it('runs a migration file as one script (semicolons inside a function body survive)', async () => {
    const copy = copyPrismaFolder();
    try {
      const folder = join(copy.migrationsDir, '29991230000000_function');
      cpSync(join(copy.migrationsDir, listMigrationNames(copy.migrationsDir)[0]!), folder, { recursive: true });
      writeFileSync(
        join(folder, 'migration.sql'),
        "CREATE FUNCTION semicolon_probe() RETURNS text LANGUAGE sql AS $$ SELECT 'a;b'; $$;\n",
      );
      await expect(prepareDatabase(db, { seed: 'never', migrationsDir: copy.migrationsDir })).resolves.toMatchObject({
        appliedMigrations: ['29991230000000_function'],
      });
      const [row] = await databaseInternals(db).prisma.$queryRaw<
        { value: string }[]
      >`SELECT semicolon_probe() AS value`;
      expect(row?.value).toBe('a;b');
    } finally {
      rmSync(copy.root, { recursive: true, force: true });
    }
  });

  // Leaves a failed migration behind: keep it the last test of this block.
  it('reports a failing migration instead of recording it as applied', async () => {
    const copy = copyPrismaFolder();
    try {
      const bad = join(copy.migrationsDir, '29991231000000_broken');
      cpSync(join(copy.migrationsDir, listMigrationNames(copy.migrationsDir)[0]!), bad, { recursive: true });
      writeFileSync(join(bad, 'migration.sql'), 'CREATE TABLE broken_probe (id int);\nSELECT * FROM no_such_table;\n');
      await expect(prepareDatabase(db, { seed: 'never', migrationsDir: copy.migrationsDir })).rejects.toThrow(
        MigrationError,
      );
      const [row] = await databaseInternals(db).prisma.$queryRaw<{ finished: boolean }[]>`
        SELECT finished_at IS NOT NULL AS finished FROM _prisma_migrations WHERE migration_name = '29991231000000_broken'`;
      expect(row?.finished).toBe(false);
      // The whole script ran as one implicit transaction: its first statement is gone too.
      const [probe] = await databaseInternals(db).prisma.$queryRaw<{ exists: boolean }[]>`
        SELECT to_regclass('public.broken_probe') IS NOT NULL AS exists`;
      expect(probe?.exists).toBe(false);
    } finally {
      rmSync(copy.root, { recursive: true, force: true });
    }
  });
});

describe('createMigration', () => {
  let copy: ReturnType<typeof copyPrismaFolder>;
  beforeAll(() => {
    copy = copyPrismaFolder();
  });
  afterAll(() => rmSync(copy.root, { recursive: true, force: true }));

  it('writes nothing when the schema matches the history', async () => {
    const before = listMigrationNames(copy.migrationsDir);
    await expect(createMigration('nothing', { paths: copy })).resolves.toEqual({ status: 'no-changes' });
    expect(listMigrationNames(copy.migrationsDir)).toEqual(before);
  });

  it('writes only the difference after a schema change, and that migration applies', async () => {
    const schema = readFileSync(copy.schemaPath, 'utf8');
    writeFileSync(
      copy.schemaPath,
      schema.replace('  name          String\n', '  name          String\n  phone         String?\n'),
    );
    const result = await createMigration('Add phone!', { paths: copy, now: new Date('2030-01-02T03:04:05Z') });
    expect(result.status).toBe('created');
    if (result.status !== 'created') return;
    expect(result.name).toBe('20300102030405_add_phone');
    expect(result.sql).toContain('ALTER TABLE "staff_user" ADD COLUMN     "phone" TEXT;');
    expect(result.sql).not.toContain('CREATE TABLE');
    expect(readFileSync(join(copy.migrationsDir, 'migration_lock.toml'), 'utf8')).toContain('provider = "postgresql"');
    // The new history now matches the schema...
    await expect(createMigration('again', { paths: copy })).resolves.toEqual({ status: 'no-changes' });
    // ...and applies to an empty database.
    const pglite = new PGlite({ dataDir: 'memory://', extensions: PGLITE_EXTENSIONS });
    try {
      const applied = await applyMigrations(pglite, { migrationsDir: copy.migrationsDir });
      expect(applied.at(-1)).toBe('20300102030405_add_phone');
      const { rows } = await pglite.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'staff_user' AND column_name = 'phone'`,
      );
      expect(rows).toHaveLength(1);
    } finally {
      await pglite.close();
    }
  });
});
