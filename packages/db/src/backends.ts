import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { acquirePgliteLock } from './lock.js';
import { pgliteByteaSerializers, withNativeByteaParsing } from './pglite-bytea.js';
import type { MigrationTarget } from './migrations/engine.js';

export const IN_MEMORY = 'memory://';

/** One of the two places data can live, with what Prisma and the schema engine need to reach it. */
export interface Backend {
  kind: 'pglite' | 'postgresql';
  description: string;
  factory: SqlDriverAdapterFactory;
  /** The schema engine goes through the same PGlite instance (one opener per folder). */
  migrationTarget: MigrationTarget;
  /** Closes what the backend opened (after Prisma has disconnected). */
  close(): Promise<void>;
}

/** host:port/database of a connection string, without user or password. */
export function describeConnectionString(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname || '/'}`;
  } catch {
    return 'PostgreSQL (unparseable connection string)';
  }
}

export function postgresBackend(databaseUrl: string): Backend {
  return {
    kind: 'postgresql',
    description: describeConnectionString(databaseUrl),
    // Sessions in UTC: adapter-pg sends timestamps as UTC text without an offset, which a server
    // whose TimeZone is, say, Europe/Oslo stores an hour off (Prisma reads it back "right", raw
    // SQL and other tools see the shifted instant).
    factory: new PrismaPg({ connectionString: databaseUrl, options: '-c TimeZone=UTC' }),
    migrationTarget: databaseUrl,
    close: async () => {},
  };
}

/**
 * PGlite in a folder (locked against other processes) or in memory (`memory://`).
 * `loadDataDir` starts from a dumped database instead of running initdb (test harness).
 */
export async function pgliteBackend(dataDir: string, loadDataDir?: Blob): Promise<Backend> {
  const inMemory = dataDir.startsWith(IN_MEMORY);
  const lock = inMemory ? null : acquirePgliteLock(dataDir);
  let pglite: PGlite;
  try {
    if (!inMemory) mkdirSync(dirname(dataDir), { recursive: true });
    pglite = new PGlite({ dataDir, serializers: pgliteByteaSerializers, ...(loadDataDir && { loadDataDir }) });
    await pglite.waitReady;
  } catch (error) {
    lock?.release();
    throw error;
  }
  return {
    kind: 'pglite',
    description: inMemory ? 'PGlite (in memory)' : `PGlite ${dataDir}`,
    factory: new PrismaPGlite(withNativeByteaParsing(pglite)),
    migrationTarget: pglite,
    close: async () => {
      try {
        if (!pglite.closed) await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}
