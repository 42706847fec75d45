import { closeSync, openSync, readSync } from 'node:fs';
import { BackupError } from './errors.js';

/** What a backup file holds, told by its first bytes (never by its name). */
export type BackupKind = 'pglite' | 'postgresql';

const GZIP = [0x1f, 0x8b];
// pg_dump's custom format starts with "PGDMP".
const PG_CUSTOM = Buffer.from('PGDMP');

export function isGzip(head: Uint8Array): boolean {
  return head[0] === GZIP[0] && head[1] === GZIP[1];
}

/** Reads the file's head: 'postgresql' for pg_dump's custom format, 'pglite' for a (gzipped) tar, else null. */
export function backupKindOf(file: string): BackupKind | null {
  const head = Buffer.alloc(512);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BackupError(`No backup file at ${file}.`);
    throw error;
  }
  let length: number;
  try {
    length = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (length >= PG_CUSTOM.length && head.subarray(0, PG_CUSTOM.length).equals(PG_CUSTOM)) return 'postgresql';
  if (isGzip(head)) return 'pglite';
  // An uncompressed tar: "ustar" at offset 257.
  if (length >= 262 && head.subarray(257, 262).toString('latin1') === 'ustar') return 'pglite';
  return null;
}

export const BACKUP_KIND_LABEL: Record<BackupKind, string> = {
  pglite: 'an embedded-database (PGlite) backup',
  postgresql: 'a PostgreSQL backup (pg_dump custom format)',
};
