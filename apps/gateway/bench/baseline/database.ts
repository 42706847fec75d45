// The baseline's database access: `pg` on PostgreSQL (a pool of 10, like the gateway's), or a
// PGlite of its own in this process on a copy of the gateway's folder (PGlite opens a folder in
// one process only; each server then does its database work in its own process, as the gateway
// does on PGlite).
/* eslint-disable no-restricted-imports -- the baseline is the hand-written comparison for the
   gateway's database layer: its own driver and SQL on purpose (bench only, not product code). */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
/* eslint-enable no-restricted-imports */
// The extensions the migrations create (the db package's list; it loads nothing else of the package).
import { PGLITE_EXTENSIONS } from '@selvhjelp/db/pglite-extensions';

export interface Sql {
  query<Row>(text: string, values: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export async function openSql(env: NodeJS.ProcessEnv): Promise<Sql> {
  if (env.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10, options: '-c TimeZone=UTC' });
    return {
      query: async <Row>(text: string, values: unknown[]) => (await pool.query(text, values)).rows as Row[],
      close: () => pool.end(),
    };
  }
  if (!env.PGLITE_DATA_DIR) throw new Error('baseline: DATABASE_URL or PGLITE_DATA_DIR');
  const pglite = new PGlite({ dataDir: env.PGLITE_DATA_DIR, extensions: PGLITE_EXTENSIONS });
  await pglite.waitReady;
  return {
    query: async <Row>(text: string, values: unknown[]) => (await pglite.query<Row>(text, values)).rows,
    close: () => pglite.close(),
  };
}
