import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
  Transaction,
} from '@prisma/driver-adapter-utils';

/*
 * Every SQL statement Prisma sends passes through the driver adapter, on either backend and
 * inside transactions too. Wrapping the adapter is therefore the one place where statements can
 * be observed the same way for PGlite and PostgreSQL (used by `countQueries` and the `log`
 * option; N+1 regressions show up as counts in tests).
 */

export interface QueryEvent {
  sql: string;
  durationMs: number;
  inTransaction: boolean;
}

export type QueryListener = (event: QueryEvent) => void;

// adapter-pg sends COMMIT through the transaction as a query, PGlite's adapter does not: leave
// transaction control out so that counts are the same on both backends.
const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

function observed<Q extends SqlQueryable>(target: Q, inTransaction: boolean, emit: QueryListener) {
  const timed =
    <R>(run: (query: SqlQuery) => Promise<R>) =>
    async (query: SqlQuery): Promise<R> => {
      const started = performance.now();
      try {
        return await run(query);
      } finally {
        if (!TRANSACTION_CONTROL.test(query.sql))
          emit({ sql: query.sql, durationMs: performance.now() - started, inTransaction });
      }
    };
  return {
    queryRaw: timed((query) => target.queryRaw(query)),
    executeRaw: timed((query) => target.executeRaw(query)),
  };
}

function observeTransaction(tx: Transaction, emit: QueryListener): Transaction {
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    ...observed(tx, true, emit),
    commit: () => tx.commit(),
    rollback: () => tx.rollback(),
    ...(tx.createSavepoint && { createSavepoint: (name: string) => tx.createSavepoint!(name) }),
    ...(tx.rollbackToSavepoint && { rollbackToSavepoint: (name: string) => tx.rollbackToSavepoint!(name) }),
    ...(tx.releaseSavepoint && { releaseSavepoint: (name: string) => tx.releaseSavepoint!(name) }),
  };
}

function observeAdapter(adapter: SqlDriverAdapter, emit: QueryListener): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    ...observed(adapter, false, emit),
    executeScript: (script) => adapter.executeScript(script),
    startTransaction: async (isolationLevel) =>
      observeTransaction(await adapter.startTransaction(isolationLevel), emit),
    ...(adapter.getConnectionInfo && { getConnectionInfo: () => adapter.getConnectionInfo!() }),
    dispose: () => adapter.dispose(),
  };
}

export function observeQueries(factory: SqlDriverAdapterFactory, emit: QueryListener): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => observeAdapter(await factory.connect(), emit),
  };
}
