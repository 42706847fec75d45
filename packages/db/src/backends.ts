import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from './pglite-extensions.js';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import { acquirePgliteLock } from './lock.js';
import { PreparedNames } from './sql/prepared.js';
import { pgliteByteaSerializers, withNativeByteaParsing } from './pglite-bytea.js';
import type { MigrationTarget } from './migrations/engine.js';

export const IN_MEMORY = 'memory://';

/** One of the two places data can live, with what Prisma and the schema engine need to reach it. */
export interface Backend {
  kind: 'pglite' | 'postgresql';
  description: string;
  factory: SqlDriverAdapterFactory;
  /**
   * One statement straight on the driver, past Prisma's client runtime: the pool Prisma's
   * adapter uses (same settings and limit) or the PGlite instance (same queue). Values and rows
   * as the driver's default type parsers make them; see sql/executor.ts for what is safe to read.
   */
  query: (text: string, values: readonly unknown[], options?: DriverQueryOptions) => Promise<DriverResult>;
  /** The schema engine goes through the same PGlite instance (one opener per folder). */
  migrationTarget: MigrationTarget;
  /** Connections in use and waiting, for metrics; null where there is no pool (PGlite). */
  poolStats(): PoolStats | null;
  /** Closes what the backend opened (after Prisma has disconnected). */
  close(): Promise<void>;
}

export interface DriverQueryOptions {
  /**
   * Run as a named prepared statement where the backend can (PostgreSQL, see sql/prepared.ts):
   * parsed once per connection, planned without re-planning once PostgreSQL keeps a generic plan.
   */
  prepare?: boolean;
}

export interface DriverResult {
  rows: Record<string, unknown>[];
  fields: readonly { name: string; dataTypeID: number }[];
}

export interface PoolStats {
  /** Connections open (busy + idle). */
  total: number;
  idle: number;
  /** Queries waiting for a free connection. */
  waiting: number;
  max: number;
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

/**
 * A safety net under the gateway's request deadline (10 s by default): no statement of ours runs
 * for more than 30 s, and a transaction a crashed request left open lets go of its locks after
 * a minute. Migrations and pg_dump use their own connections and are not bound by these.
 */
const SERVER_TIMEOUTS = '-c statement_timeout=30000 -c idle_in_transaction_session_timeout=60000';

export interface PostgresBackendOptions {
  /**
   * Whether statements that ask for it run as named prepared statements (default true). Off for a
   * connection pooler in transaction mode that does not carry prepared statements across
   * server connections (PgBouncer before 1.21, or without max_prepared_statements).
   */
  preparedStatements?: boolean;
}

export function postgresBackend(databaseUrl: string, options: PostgresBackendOptions = {}): Backend {
  // Our own pool (rather than one adapter-pg makes) so that its use can be reported.
  const pool = new pg.Pool({ connectionString: databaseUrl, options: `-c TimeZone=UTC ${SERVER_TIMEOUTS}` });
  // An idle connection the server ends (a restart, a dropped test database) is simply replaced by
  // the pool; without a listener its error would be unhandled and end the process. Prisma's
  // adapter listens only while connected.
  pool.on('error', () => {});
  const prepared = options.preparedStatements === false ? null : new PreparedNames('selvhjelp_');
  return {
    kind: 'postgresql',
    description: describeConnectionString(databaseUrl),
    // Sessions in UTC: adapter-pg sends timestamps as UTC text without an offset, which a server
    // whose TimeZone is, say, Europe/Oslo stores an hour off (Prisma reads it back "right", raw
    // SQL and other tools see the shifted instant).
    factory: new PrismaPg(pool),
    query: async (text, values, queryOptions) => {
      const name = queryOptions?.prepare && prepared ? prepared.nameFor(text) : undefined;
      const { rows, fields } = await pool.query<Record<string, unknown>>(
        name === undefined ? { text, values: values as unknown[] } : { name, text, values: values as unknown[] },
      );
      return { rows, fields };
    },
    migrationTarget: databaseUrl,
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
      max: pool.options.max ?? 10,
    }),
    close: async () => {
      if (!pool.ended) await pool.end();
    },
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
    pglite = new PGlite({
      dataDir,
      extensions: PGLITE_EXTENSIONS,
      serializers: pgliteByteaSerializers,
      ...(loadDataDir && { loadDataDir }),
    });
    await pglite.waitReady;
  } catch (error) {
    lock?.release();
    throw error;
  }
  return {
    kind: 'pglite',
    description: inMemory ? 'PGlite (in memory)' : `PGlite ${dataDir}`,
    factory: new PrismaPGlite(withNativeByteaParsing(pglite)),
    // Queued behind any open transaction (PGlite's own mutex; the adapter's transactions are
    // pglite.transaction()), so never call it from inside one: that would wait for itself.
    // Statements run unnamed: PGlite's query API has no named statements (`prepare` is ignored).
    query: async (text, values) => {
      const { rows, fields } = await pglite.query<Record<string, unknown>>(text, values as unknown[]);
      return { rows, fields };
    },
    migrationTarget: pglite,
    poolStats: () => null,
    close: async () => {
      try {
        if (!pglite.closed) await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}
