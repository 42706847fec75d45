import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from '../pglite-extensions.js';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { DriverAdapterError } from '@prisma/driver-adapter-utils';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

/*
 * Adapter factories for the WebAssembly schema engine, which runs every migration file through
 * the adapter's `executeScript`. Neither adapter does that the way the native engine does (one
 * multi-statement simple query: PostgreSQL runs it as one implicit transaction):
 * - pglite-prisma-adapter 0.7.2 does not await it: a failing migration was recorded as applied
 *   and its error killed the process later as an unhandled rejection;
 * - @prisma/adapter-pg 7.10 splits the script on every ";" (breaking any function body or string
 *   containing one) and runs the pieces one by one on a pool, so a failure leaves half a
 *   migration behind.
 * So we replace executeScript with one awaited simple query on both.
 */

function toDriverAdapterError(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const e = error as {
    code?: unknown;
    severity?: unknown;
    message?: unknown;
    detail?: unknown;
    column?: unknown;
    hint?: unknown;
  };
  if (typeof e.code !== 'string' || typeof e.message !== 'string') return error;
  return new DriverAdapterError({
    kind: 'postgres',
    code: e.code,
    severity: typeof e.severity === 'string' ? e.severity : 'ERROR',
    message: e.message,
    detail: typeof e.detail === 'string' ? e.detail : undefined,
    column: typeof e.column === 'string' ? e.column : undefined,
    hint: typeof e.hint === 'string' ? e.hint : undefined,
  });
}

function withWholeScripts(
  inner: SqlDriverAdapter,
  runScript: (script: string) => Promise<unknown>,
  onDispose?: () => Promise<void>,
): SqlDriverAdapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => inner.queryRaw(query),
    executeRaw: (query) => inner.executeRaw(query),
    startTransaction: (isolationLevel) => inner.startTransaction(isolationLevel),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    async executeScript(script) {
      try {
        await runScript(script);
      } catch (error) {
        throw toDriverAdapterError(error);
      }
    },
    async dispose() {
      await inner.dispose();
      await onDispose?.();
    },
  };
}

/** The schema engine's view of an open PGlite instance (the instance stays open afterwards). */
export class MigrationPGliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = 'pglite-prisma-adapter';
  readonly #inner: PrismaPGlite;

  constructor(private readonly pglite: PGlite) {
    this.#inner = new PrismaPGlite(pglite);
  }

  async connect(): Promise<SqlDriverAdapter> {
    return withWholeScripts(await this.#inner.connect(), (script) => this.pglite.exec(script));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = new PGlite({ dataDir: 'memory://', extensions: PGLITE_EXTENSIONS });
    const adapter = await new PrismaPGlite(shadow).connect();
    return withWholeScripts(
      adapter,
      (script) => shadow.exec(script),
      () => shadow.close(),
    );
  }
}

/**
 * The schema engine's view of a PostgreSQL server: a small pool of its own that the caller
 * ends with `close()`, since the engine does not always dispose what it connected.
 */
export function migrationPgFactory(connectionString: string): {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
} {
  const pool = new pg.Pool({ connectionString, max: 2 });
  const inner = new PrismaPg(pool);
  // A query without parameters goes out as a simple query, which may hold many statements.
  const runScript = (script: string) => pool.query(script);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => withWholeScripts(await inner.connect(), runScript),
    connectToShadowDb: () => inner.connectToShadowDb(),
  };
  return { factory, close: () => pool.end() };
}
