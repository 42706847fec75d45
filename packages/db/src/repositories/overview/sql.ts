import { Prisma } from '../../generated/prisma/client.js';
import type { OverviewDistricts, OverviewPeriod } from './types.js';

/*
 * Pieces shared by the overview's statements. Every statement is grouped in the database and
 * returns counts only (`::int`, so the driver and Prisma read them alike, decision 0015).
 */

/** `column IN (…districts…)`; FALSE for none, so an empty scope counts nothing. */
export function inDistricts(column: string, districts: OverviewDistricts): Prisma.Sql {
  if (districts.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`${Prisma.raw(column)} IN (${Prisma.join([...districts])})`;
}

export function dayOf(date: string): Prisma.Sql {
  return Prisma.sql`${date}::date`;
}

/** `column BETWEEN from AND to` for a date column (both days inclusive). */
export function inPeriod(column: string, period: OverviewPeriod): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(column)} BETWEEN ${dayOf(period.from)} AND ${dayOf(period.to)}`;
}
