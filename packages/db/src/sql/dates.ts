import type { IsoDate } from '@selvhjelp/domain';

/*
 * The repository edge for calendar days. The domain speaks `YYYY-MM-DD`; Prisma reads and
 * writes a `@db.Date` column as a JS Date at UTC midnight (both adapters format the parameter
 * with UTC getters). So: in, `YYYY-MM-DDT00:00:00Z`; out, the UTC getters. Never local time,
 * or a host west of Greenwich would move every date one day back.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dateFromIso(date: IsoDate): Date {
  const value = new Date(`${date}T00:00:00.000Z`);
  // The round trip refuses 2026-02-30 and the like, which Date would quietly roll over.
  if (!ISO_DATE.test(date) || Number.isNaN(value.getTime()) || isoFromDate(value) !== date) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(date)}`);
  }
  return value;
}

export function isoFromDate(date: Date): IsoDate {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

export function optionalDateFromIso(date: IsoDate | null): Date | null {
  return date === null ? null : dateFromIso(date);
}

export function optionalIsoFromDate(date: Date | null): IsoDate | null {
  return date === null ? null : isoFromDate(date);
}
