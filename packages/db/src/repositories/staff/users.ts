import { keysetAfter, readCursor } from '../../sql/cursor.js';
import type { Scope } from '@selvhjelp/domain';
import type { Prisma } from '../../generated/prisma/client.js';
import { InvalidCursorError, OutOfScopeError, StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { assertPageSize, pageOf } from '../../sql/lists.js';
import {
  atomically,
  isUuid,
  normalizeEmail,
  scopeAllowsDistrict,
  staffUserScopeWhere,
  translateWriteError,
} from '../../sql/client.js';
import type { StaffUserRecord, StaffUserListOptions, StaffUserPage, CreateStaffUserData } from './types.js';
import { toStaffUserRecord } from './records.js';
import { MAX_PAGE_SIZE } from './types.js';

// Keyset cursor over the (name, id) ordering; opaque to clients, but not a secret.
function encodeCursor(user: StaffUserRecord): string {
  return Buffer.from(JSON.stringify([user.name, user.id])).toString('base64url');
}

function decodeCursor(cursor: string): { name: string; id: string } {
  try {
    const value: unknown = readCursor(cursor);
    if (Array.isArray(value) && value.length === 2) {
      const [name, id] = value as unknown[];
      if (typeof name === 'string' && typeof id === 'string' && isUuid(id)) return { name, id };
    }
  } catch {
    // fall through: malformed JSON is just an invalid cursor
  }
  throw new InvalidCursorError();
}

/** Staff accounts. Every method takes the caller's scope and applies it in the query. */
export class StaffUserRepository {
  constructor(
    private readonly client: DbClient,
    /** True when `client` is an interactive transaction (see atomically). */
    private readonly inTransaction = false,
  ) {}

  async findById(scope: Scope, id: string): Promise<StaffUserRecord | null> {
    if (!isUuid(id)) return null;
    const row = await this.client.staffUser.findFirst({ where: { id, ...staffUserScopeWhere(scope) } });
    return row && toStaffUserRecord(row);
  }

  /** One query for many ids (DataLoader); the result is aligned with `ids`, null where not visible. */
  async findByIds(scope: Scope, ids: readonly string[]): Promise<(StaffUserRecord | null)[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    const rows = wanted.length
      ? await this.client.staffUser.findMany({ where: { id: { in: wanted }, ...staffUserScopeWhere(scope) } })
      : [];
    const byId = new Map(rows.map((row) => [row.id, toStaffUserRecord(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async findByEmail(scope: Scope, email: string): Promise<StaffUserRecord | null> {
    const row = await this.client.staffUser.findFirst({
      where: { email: normalizeEmail(email), ...staffUserScopeWhere(scope) },
    });
    return row && toStaffUserRecord(row);
  }

  /** Keyset pagination ordered by (name, id); totalCount counts the whole filtered set. */
  async list(scope: Scope, options: StaffUserListOptions): Promise<StaffUserPage> {
    const { first, after } = options;
    assertPageSize(first, MAX_PAGE_SIZE);
    const filter: Prisma.StaffUserWhereInput = {
      AND: [
        staffUserScopeWhere(scope),
        options.districtId !== undefined ? { districtId: options.districtId } : {},
        options.role !== undefined ? { role: options.role } : {},
        options.active !== undefined ? { active: options.active } : {},
      ],
    };
    const cursor = after ? decodeCursor(after) : null;
    const afterCursor: Prisma.StaffUserWhereInput = cursor
      ? keysetAfter<Prisma.StaffUserWhereInput>('name', cursor.name, cursor.id, 'asc')
      : {};
    const [rows, totalCount] = await Promise.all([
      first === 0
        ? Promise.resolve([])
        : this.client.staffUser.findMany({
            where: { AND: [filter, afterCursor] },
            orderBy: [{ name: 'asc' }, { id: 'asc' }],
            // One extra row tells whether another page follows, without a second query.
            take: first + 1,
          }),
      this.client.staffUser.count({ where: filter }),
    ]);
    return pageOf(rows, first, totalCount, toStaffUserRecord, encodeCursor);
  }

  /** Throws OutOfScopeError for a district outside the scope, UniqueViolationError('email') if taken. */
  async create(scope: Scope, data: CreateStaffUserData): Promise<StaffUserRecord> {
    if (!scopeAllowsDistrict(scope, data.districtId)) throw new OutOfScopeError();
    try {
      const row = await this.client.staffUser.create({
        data: {
          email: normalizeEmail(data.email),
          name: data.name.trim(),
          role: data.role,
          districtId: data.districtId,
        },
      });
      return toStaffUserRecord(row);
    } catch (error) {
      translateWriteError(error);
    }
  }

  /**
   * Deactivates the user and revokes all their sessions, atomically. Null when the user is not
   * visible in the scope; StaleVersionError when it changed since the caller read `expectedVersion`.
   */
  async deactivate(scope: Scope, id: string, expectedVersion: number, now: Date): Promise<StaffUserRecord | null> {
    if (!isUuid(id)) return null;
    return atomically(this.client, this.inTransaction, async (tx) => {
      const [row] = await tx.staffUser.updateManyAndReturn({
        where: { id, version: expectedVersion, ...staffUserScopeWhere(scope) },
        data: { active: false, deactivatedAt: now, updatedAt: now, version: { increment: 1 } },
      });
      if (!row) {
        const exists = await tx.staffUser.count({ where: { id, ...staffUserScopeWhere(scope) } });
        if (exists) throw new StaleVersionError('StaffUser', id, expectedVersion);
        return null;
      }
      await tx.session.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: now } });
      return toStaffUserRecord(row);
    });
  }

  /** Sets (or replaces) the password hash; null when the user is not visible in the scope. */
  async setPassword(scope: Scope, userId: string, passwordHash: string, now: Date): Promise<StaffUserRecord | null> {
    if (!isUuid(userId)) return null;
    const [row] = await this.client.staffUser.updateManyAndReturn({
      where: { id: userId, ...staffUserScopeWhere(scope) },
      data: { passwordHash, updatedAt: now, version: { increment: 1 } },
    });
    return row ? toStaffUserRecord(row) : null;
  }
}
