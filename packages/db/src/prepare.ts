import type { Database } from './database.js';
import { databaseInternals } from './database.js';
import { applyMigrations } from './migrations/engine.js';
import { assertDemoSeedAllowed, seedDemoData } from './seed/seed.js';

export interface PrepareDatabaseOptions {
  /** 'if-empty': add the demo accounts and groups when there are no staff users at all (first start). */
  seed: 'if-empty' | 'never';
  /** Defaults to this package's prisma/migrations. */
  migrationsDir?: string;
}

export interface PrepareDatabaseResult {
  appliedMigrations: string[];
  seeded: boolean;
}

/**
 * What a server does at start: apply pending migrations through the database's own connection
 * (PGlite allows one open instance per folder, so the schema engine must share it), then seed
 * an empty database with the demo accounts if asked to.
 */
export async function prepareDatabase(db: Database, options: PrepareDatabaseOptions): Promise<PrepareDatabaseResult> {
  const { migrationTarget, prisma, emit } = databaseInternals(db);
  // Refuse before migrating: a production server asked to seed is misconfigured, not empty.
  if (options.seed === 'if-empty') assertDemoSeedAllowed();
  const appliedMigrations = await applyMigrations(migrationTarget, {
    ...(options.migrationsDir && { migrationsDir: options.migrationsDir }),
    onLog: (entry) => {
      if (entry.level === 'WARN' || entry.level === 'ERROR') emit({ type: 'warn', message: entry.message });
    },
  });
  for (const name of appliedMigrations) emit({ type: 'info', message: `Applied migration ${name}` });
  let seeded = false;
  if (options.seed === 'if-empty' && (await prisma.staffUser.count()) === 0) {
    const { created, groups } = await seedDemoData(db);
    emit({ type: 'info', message: `Seeded ${created.length} demo accounts and ${groups.created} demo groups` });
    seeded = true;
  }
  return { appliedMigrations, seeded };
}
