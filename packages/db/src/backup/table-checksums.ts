import type { Database } from '../database.js';
import { databaseInternals } from '../database.js';

export interface TableChecksum {
  rows: number;
  /** md5 of every row's text, in primary-key order. */
  md5: string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Row count and checksum of every table in the public schema, to tell that two databases hold
 * the same data (a backup round trip). Rows are ordered by their primary key, or by their text
 * where a table has none.
 */
export async function tableChecksums(db: Database): Promise<Record<string, TableChecksum>> {
  const { prisma } = databaseInternals(db);
  const tables = await prisma.$queryRawUnsafe<{ name: string; key: string[] | null }[]>(`
    SELECT t.tablename AS name,
           (SELECT array_agg(a.attname::text ORDER BY array_position(i.indkey::int2[], a.attnum))
              FROM pg_index i
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
             WHERE i.indrelid = format('%I.%I', t.schemaname, t.tablename)::regclass AND i.indisprimary) AS key
      FROM pg_tables t
     WHERE t.schemaname = 'public'
     ORDER BY t.tablename`);
  const result: Record<string, TableChecksum> = {};
  for (const { name, key } of tables) {
    const order = key?.length ? key.map((column) => `t.${quote(column)}`).join(', ') : 't::text';
    const [row] = await prisma.$queryRawUnsafe<{ rows: number; md5: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY ${order}), '')) AS md5 FROM public.${quote(name)} t`,
    );
    result[name] = { rows: row?.rows ?? 0, md5: row?.md5 ?? '' };
  }
  return result;
}
