import type { Backend, PoolStats } from './backends.js';
import { pgliteBackend, postgresBackend } from './backends.js';
import { PrismaClient } from './generated/prisma/client.js';
import type { MigrationTarget } from './migrations/engine.js';
import { resolvePgliteDataDir } from './paths.js';
import type { QueryEvent, QueryListener } from './query-observer.js';
import { observeQueries } from './query-observer.js';
import type { SqlExecutor } from './sql/executor.js';
import { driverExecutor } from './sql/executor.js';
import type { Repositories } from './repositories/index.js';
import { createRepositories } from './repositories/index.js';

export type DatabaseLogEvent = ({ type: 'query' } & QueryEvent) | { type: 'info' | 'warn'; message: string };

export interface OpenDatabaseOptions {
  /** A PostgreSQL server. When absent, the embedded PGlite database is used. */
  databaseUrl?: string;
  /**
   * PGlite folder; defaults to `<repo root>/.data/pglite`, a relative path is taken from the repo
   * root; `memory://` for a throw-away database.
   */
  pgliteDataDir?: string;
  /** On PostgreSQL, the hottest reads as named prepared statements (default true; sql/prepared.ts). */
  preparedStatements?: boolean;
  log?: (event: DatabaseLogEvent) => void;
}

export interface TransactionOptions {
  /** Prisma's interactive-transaction timeout; default 10 s. */
  timeoutMs?: number;
  /** How long to wait for a connection to start the transaction on; default 10 s. */
  maxWaitMs?: number;
}

export interface Database {
  readonly kind: 'pglite' | 'postgresql';
  /** Where the data lives, safe to log: a folder, or host/database without credentials. */
  readonly description: string;
  readonly repositories: Repositories;
  /** An interactive transaction: every repository handed to `work` runs inside it. */
  transaction<T>(work: (repos: Repositories) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** `SELECT 1`; throws when the database cannot be reached. */
  ping(): Promise<void>;
  /** The PostgreSQL connection pool's use; null on PGlite (one connection in this process). */
  poolStats(): PoolStats | null;
  /** Subscribe to every SQL statement; returns the unsubscribe function. */
  onQuery(listener: QueryListener): () => void;
  /** Disconnects, closes PGlite cleanly and releases the folder lock. Idempotent. */
  close(): Promise<void>;
}

/** What prepareDatabase / the testing harness need and the public API should not expose. */
interface DatabaseInternals {
  migrationTarget: MigrationTarget;
  prisma: PrismaClient;
  /** The root repositories' driver executor (sql/executor.ts). */
  sql: SqlExecutor;
  emit: (event: DatabaseLogEvent) => void;
  /** Run after close() has released everything (the test harness drops its database here). */
  afterClose: (() => Promise<void>)[];
}

const internals = new WeakMap<Database, DatabaseInternals>();

export function databaseInternals(db: Database): DatabaseInternals {
  const found = internals.get(db);
  if (!found) throw new Error('Not a database opened by openDatabase().');
  return found;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const backend = options.databaseUrl
    ? postgresBackend(options.databaseUrl, { preparedStatements: options.preparedStatements })
    : await pgliteBackend(resolvePgliteDataDir(options.pgliteDataDir));
  return openDatabaseOn(backend, options.log);
}

/** Wraps an opened backend in the Database API (the test harness opens backends its own way). */
export function openDatabaseOn(backend: Backend, log?: (event: DatabaseLogEvent) => void): Database {
  const listeners = new Set<QueryListener>();
  const emit = (event: DatabaseLogEvent) => log?.(event);
  const onStatement: QueryListener = (event) => {
    for (const listener of listeners) listener(event);
    emit({ type: 'query', ...event });
  };
  const prisma = new PrismaClient({ adapter: observeQueries(backend.factory, onStatement) });
  const sql = driverExecutor(backend.query, onStatement);
  const afterClose: (() => Promise<void>)[] = [];
  let closing: Promise<void> | undefined;

  const db: Database = {
    kind: backend.kind,
    description: backend.description,
    // The hottest raw reads go straight to the driver; a transaction's repositories keep them on
    // the transaction's connection through Prisma (sql/executor.ts).
    repositories: createRepositories(prisma, false, sql),
    transaction: (work, txOptions) =>
      prisma.$transaction((tx) => work(createRepositories(tx, true)), {
        timeout: txOptions?.timeoutMs ?? 10_000,
        maxWait: txOptions?.maxWaitMs ?? 10_000,
      }),
    async ping() {
      await prisma.$queryRaw`SELECT 1`;
    },
    poolStats: () => backend.poolStats(),
    onQuery(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closing ??= (async () => {
        try {
          await prisma.$disconnect();
        } finally {
          await backend.close();
        }
        for (const hook of afterClose) await hook();
      })();
      return closing;
    },
  };
  internals.set(db, { migrationTarget: backend.migrationTarget, prisma, sql, emit, afterClose });
  return db;
}

/** Runs `work` and reports the SQL statements it caused (all statements on `db` meanwhile). */
export async function countQueries<T>(
  db: Database,
  work: () => Promise<T>,
): Promise<{ result: T; count: number; statements: string[] }> {
  const statements: string[] = [];
  const unsubscribe = db.onQuery((event) => statements.push(event.sql));
  try {
    const result = await work();
    return { result, count: statements.length, statements };
  } finally {
    unsubscribe();
  }
}
