import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from '../pglite-extensions.js';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationPaths } from '../paths.js';
import { defaultMigrationPaths } from '../paths.js';
import { MigrationPGliteFactory, migrationPgFactory } from './adapters.js';
import { nextMigrationFolderName, normalizeMigrationName, readMigrationList, writeMigration } from './history.js';
import type { EngineLogEntry } from './wasm-engine.js';
import { NO_FILTERS, withSchemaEngine } from './wasm-engine.js';

/*
 * `prisma migrate deploy` and `prisma migrate dev`, done in-process by the WebAssembly schema
 * engine: the native engine binary cannot be downloaded here. History is recorded in
 * `_prisma_migrations` exactly as the native engine does it.
 */

/** An open PGlite instance (migrated through that instance) or a PostgreSQL connection string. */
export type MigrationTarget = PGlite | string;

export interface ApplyMigrationsOptions {
  /** Defaults to this package's prisma/migrations. */
  migrationsDir?: string;
  onLog?: (entry: EngineLogEntry) => void;
}

/** Applies pending migrations; returns the names it applied (empty when up to date). */
export async function applyMigrations(
  target: MigrationTarget,
  options: ApplyMigrationsOptions = {},
): Promise<string[]> {
  const migrationsList = readMigrationList(options.migrationsDir ?? defaultMigrationPaths().migrationsDir);
  const run = (factory: SqlMigrationAwareDriverAdapterFactory) =>
    withSchemaEngine(
      factory,
      null,
      async (engine) => (await engine.applyMigrations({ migrationsList, filters: NO_FILTERS })).appliedMigrationNames,
      options.onLog,
    );
  if (typeof target !== 'string') return run(new MigrationPGliteFactory(target));
  const server = migrationPgFactory(target);
  try {
    return await run(server.factory);
  } finally {
    await server.close();
  }
}

export type CreateMigrationResult =
  { status: 'created'; name: string; directory: string; sql: string } | { status: 'no-changes' };

export interface CreateMigrationOptions {
  /** Defaults to this package's prisma/ folder; tests pass a copy. */
  paths?: MigrationPaths;
  now?: Date;
  onLog?: (entry: EngineLogEntry) => void;
}

const EMPTY_MIGRATION = '-- This is an empty migration.';

/**
 * Indexes the engine cannot read back as schema.prisma declares them, so that every diff would
 * drop and create them again. A plain column in a GIN index (btree_gin) must be declared with its
 * operator class (`districtId(ops: raw("text_ops"))`: Prisma refuses it without), but the engine
 * reads a column's default operator class back as none. A change to one of these is written by
 * hand in a migration of its own.
 */
export const INDEXES_READ_BACK_WRONG = ['self_help_group_district_id_name_folded_trgm_idx'] as const;

/** The diff without the drop and re-creation of the INDEXES_READ_BACK_WRONG. */
function withoutIndexesReadBackWrong(sql: string): string {
  const names = new Set<string>(INDEXES_READ_BACK_WRONG);
  return sql
    .split(/\n{2,}/)
    .filter((block) => {
      const name = /^-- (?:Drop|Create)Index\n(?:DROP INDEX|CREATE INDEX) "([^"]+)"/.exec(block.trim())?.[1];
      return !(name && names.has(name));
    })
    .join('\n\n');
}

/*
 * initdb is most of the cost of a new PGlite (≈1.5 s); a process that creates several
 * migrations (the tests do) starts the later scratch databases from a dump of the first.
 */
let emptyCluster: Promise<Blob> | undefined;

async function newScratchPglite(): Promise<PGlite> {
  emptyCluster ??= (async () => {
    const fresh = new PGlite({ dataDir: 'memory://', extensions: PGLITE_EXTENSIONS });
    try {
      // dumpDataDir on an instance that is not ready yet never settles.
      await fresh.waitReady;
      return await fresh.dumpDataDir('none');
    } finally {
      await fresh.close();
    }
  })();
  const scratch = new PGlite({ dataDir: 'memory://', extensions: PGLITE_EXTENSIONS, loadDataDir: await emptyCluster });
  await scratch.waitReady;
  return scratch;
}

/**
 * What `prisma migrate dev --create-only` does: the SQL from the existing history to the
 * current schema.prisma. The engine's own createMigration needs a shadow database it cannot
 * get in the wasm build, so we replay the history into a scratch in-memory PGlite and diff that
 * database against the schema. Writes nothing when the schema has not changed.
 */
export async function createMigration(
  rawName: string,
  options: CreateMigrationOptions = {},
): Promise<CreateMigrationResult> {
  const name = normalizeMigrationName(rawName);
  const { schemaPath, migrationsDir } = options.paths ?? defaultMigrationPaths();
  const schema = { path: schemaPath, content: readFileSync(schemaPath, 'utf8') };
  const migrationsList = readMigrationList(migrationsDir);
  const scratch = await newScratchPglite();
  try {
    const sql = await withSchemaEngine(
      new MigrationPGliteFactory(scratch),
      schema,
      async (engine) => {
        await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
        const result = await engine.diff({
          from: { tag: 'schemaDatasource', files: [schema], configDir: dirname(schemaPath) },
          to: { tag: 'schemaDatamodel', files: [schema] },
          script: true,
          exitCode: null,
          filters: NO_FILTERS,
        });
        return withoutIndexesReadBackWrong(result.stdout ?? '');
      },
      options.onLog,
    );
    if (!sql.trim() || sql.includes(EMPTY_MIGRATION)) return { status: 'no-changes' };
    const folderName = nextMigrationFolderName(migrationsDir, name, options.now ?? new Date());
    const directory = writeMigration(migrationsDir, folderName, sql);
    return { status: 'created', name: folderName, directory, sql };
  } finally {
    await scratch.close();
  }
}
