import type { Prisma } from '../generated/prisma/client.js';
import type { Backend, DriverQueryOptions } from '../backends.js';
import type { QueryListener } from '../query-observer.js';
import type { DbClient } from './client.js';

/*
 * Raw SQL reads for the hottest paths (the group lists, decision 0015). Through `$queryRaw` a
 * statement passes Prisma's client runtime — query interpreter, the adapter's argument and
 * result conversion — which was 7–16 % of the gateway's CPU per request for one statement
 * PostgreSQL answers in a fraction of a millisecond. Outside a transaction the repository gets
 * an executor that sends the statement straight to the driver (the pool Prisma's adapter uses,
 * or the PGlite instance), reported to `db.onQuery` like every Prisma statement. Inside
 * `db.transaction` it gets one over the transaction's Prisma client: the statement must run on
 * the transaction's connection, which only Prisma holds (on PGlite a driver query would even
 * wait for the transaction it is part of).
 *
 * The two paths hand over the same values only for the column types whose parsing pg, PGlite and
 * Prisma agree on; DRIVER_SAFE_TYPES lists them and the driver path refuses any other, so a
 * statement that works in a transaction works outside it. Return instants, dates and bigints
 * inside `to_jsonb(…)` (ISO 8601 text), or cast counts `::int`: pg reads an int8 as a string,
 * Prisma as a bigint, and a `date` at local midnight where Prisma gives UTC midnight.
 */

export interface SqlExecutor {
  /**
   * The rows of one statement, keyed by column name. Columns: DRIVER_SAFE_TYPES only. `prepare`
   * asks for a named prepared statement where the driver path can (sql/prepared.ts): only for a
   * statement whose text takes a bounded number of shapes and no free text in its plan.
   */
  query<Row>(statement: Prisma.Sql, options?: DriverQueryOptions): Promise<Row[]>;
}

/** Type ids (pg_type.oid) read alike by pg, PGlite and Prisma's adapters. */
export const DRIVER_SAFE_TYPES: ReadonlyMap<number, string> = new Map([
  [16, 'bool'],
  [21, 'int2'],
  [23, 'int4'],
  [25, 'text'],
  [114, 'json'],
  [701, 'float8'],
  [1042, 'bpchar'],
  [1043, 'varchar'],
  [2950, 'uuid'],
  [3802, 'jsonb'],
]);

/** `$queryRaw` on a Prisma client (a transaction's, or the root one where there is no driver). */
export function prismaExecutor(client: DbClient): SqlExecutor {
  return { query: <Row>(statement: Prisma.Sql) => client.$queryRaw<Row[]>(statement) };
}

/** Straight on the backend's driver; every statement is reported to `emit` (db.onQuery). */
export function driverExecutor(run: Backend['query'], emit: QueryListener): SqlExecutor {
  return {
    async query<Row>(statement: Prisma.Sql, options?: DriverQueryOptions): Promise<Row[]> {
      const sql = statement.text;
      const started = performance.now();
      try {
        const { rows, fields } = await run(sql, statement.values, options);
        for (const field of fields) {
          if (!DRIVER_SAFE_TYPES.has(field.dataTypeID))
            throw new TypeError(
              `Column "${field.name}" (type ${field.dataTypeID}) is not read alike by the driver and Prisma; ` +
                'cast it or return it inside to_jsonb (see sql/executor.ts).',
            );
        }
        return rows as Row[];
      } finally {
        emit({ sql, durationMs: performance.now() - started, inTransaction: false });
      }
    },
  };
}
