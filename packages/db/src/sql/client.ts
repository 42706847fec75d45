import type { DistrictId, Scope } from '@selvhjelp/domain';
import { districtIdsInScope, isDistrictId } from '@selvhjelp/domain';
import { Prisma } from '../generated/prisma/client.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { UniqueViolationError } from '../errors.js';

/** The root client or the client of an interactive transaction: repositories accept both. */
export type DbClient = Prisma.TransactionClient;

/**
 * Runs `work` in a transaction: a new one on the root client, or the surrounding one when the
 * repository is bound to a transaction client. We cannot ask the client which it is: a
 * transaction client has `$transaction` too (nested ones via savepoints, which adapter-pg
 * supports and the PGlite adapter refuses), so repositories are told when they are created.
 */
export function atomically<T>(
  client: DbClient,
  inTransaction: boolean,
  work: (tx: DbClient) => Promise<T>,
  options?: { maxWait?: number; timeout?: number },
): Promise<T> {
  if (inTransaction) return work(client);
  return (client as PrismaClient).$transaction((tx) => work(tx), options);
}

/**
 * Staff users visible in a scope. National scope sees everyone, including national staff and
 * admins, whose districtId is null; a district scope sees its own district only.
 */
export function staffUserScopeWhere(scope: Scope): { districtId?: { in: string[] } } {
  return scope.kind === 'national' ? {} : { districtId: { in: [...districtIdsInScope(scope)] } };
}

/** The same rule for raw SQL; `column` is the district_id column to test. */
export function districtScopeSql(scope: Scope, column: string): Prisma.Sql {
  if (scope.kind === 'national') return Prisma.sql`TRUE`;
  return Prisma.sql`${Prisma.raw(column)} IN (${Prisma.join([...districtIdsInScope(scope)])})`;
}

/** Whether a record for this district (null = national) may be created in the scope. */
export function scopeAllowsDistrict(scope: Scope, districtId: string | null): districtId is DistrictId | null {
  if (districtId !== null && !isDistrictId(districtId)) return false;
  if (scope.kind === 'national') return true;
  return districtId !== null && districtIdsInScope(scope).includes(districtId);
}

/**
 * Ids arrive from URLs and GraphQL arguments. Postgres rejects a malformed uuid with an error;
 * for us it is simply an id that matches nothing (the domain's isUuid).
 */
export { isUuid } from '@selvhjelp/domain';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Timestamps in raw SQL: explicit UTC, whatever the session time zone. */
export function timestampSql(date: Date): Prisma.Sql {
  return Prisma.sql`${date.toISOString()}::timestamptz`;
}

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * The field a unique violation is about. The adapters report it differently: PGlite's gives the
 * columns, adapter-pg only the index name (e.g. session_token_hash_key) and the table.
 */
function uniqueViolationField(error: Prisma.PrismaClientKnownRequestError): string {
  const meta = (error.meta ?? {}) as {
    target?: string | string[];
    driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string }; table?: string } };
  };
  const cause = meta.driverAdapterError?.cause;
  const target = meta.target ?? cause?.constraint?.fields;
  const column = Array.isArray(target) ? target[0] : target;
  if (column) return camelCase(column.replace(/^"|"$/g, ''));
  const index = cause?.constraint?.index;
  if (!index) return 'value';
  const table = cause.table ?? (error.meta?.modelName === 'StaffUser' ? 'staff_user' : '');
  const withoutTable = table && index.startsWith(`${table}_`) ? index.slice(table.length + 1) : index;
  return camelCase(withoutTable.replace(/_key$/, ''));
}

/** Translates the Prisma errors callers are expected to handle; rethrows everything else. */
export function translateWriteError(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    throw new UniqueViolationError(uniqueViolationField(error), { cause: error });
  }
  throw error;
}

/** Prisma's "record to connect/update not found" (P2025). */
export function isRecordNotFound(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025';
}
