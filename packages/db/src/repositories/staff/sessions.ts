import type { Scope } from '@selvhjelp/domain';
import type { Prisma } from '../../generated/prisma/client.js';
import { OutOfScopeError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { isRecordNotFound, isUuid, staffUserScopeWhere, translateWriteError } from '../../sql/client.js';
import type { SessionRecord, CreateSessionData } from './types.js';
import { toSessionRecord } from './records.js';

/** A session is in a scope when its user is. */
function sessionScopeWhere(scope: Scope): Prisma.SessionWhereInput {
  return scope.kind === 'national' ? {} : { user: staffUserScopeWhere(scope) };
}

/** Login sessions. Authentication runs before a scope is known and passes NATIONAL_SCOPE. */
export class SessionRepository {
  constructor(private readonly client: DbClient) {}

  /** Throws OutOfScopeError when the user is not visible in the scope. */
  async create(scope: Scope, data: CreateSessionData): Promise<SessionRecord> {
    if (!isUuid(data.userId)) throw new OutOfScopeError();
    try {
      const row = await this.client.session.create({
        data: {
          tokenHash: data.tokenHash,
          // The extra filter makes the connect fail (P2025) for a user outside the scope.
          user: { connect: { id: data.userId, ...staffUserScopeWhere(scope) } },
          realmDistrictId: data.realmDistrictId,
          createdAt: data.now,
          lastSeenAt: data.now,
          expiresAt: data.expiresAt,
          ipAddress: data.ipAddress,
          userAgent: data.userAgent,
        },
        include: { user: true },
      });
      return toSessionRecord(row);
    } catch (error) {
      if (isRecordNotFound(error)) throw new OutOfScopeError();
      translateWriteError(error);
    }
  }

  /**
   * The session for a token if it is still usable: not revoked, not past its absolute expiry,
   * used within the idle timeout, and its user active.
   */
  async findActiveByTokenHash(
    scope: Scope,
    tokenHash: string,
    now: Date,
    idleTimeoutMs: number,
  ): Promise<SessionRecord | null> {
    const row = await this.client.session.findFirst({
      where: {
        tokenHash,
        revokedAt: null,
        expiresAt: { gt: now },
        lastSeenAt: { gt: new Date(now.getTime() - idleTimeoutMs) },
        user: { active: true, ...staffUserScopeWhere(scope) },
      },
      include: { user: true },
    });
    return row && toSessionRecord(row);
  }

  /** Records activity (extends the idle window). False when the session is not visible. */
  async touch(scope: Scope, id: string, now: Date): Promise<boolean> {
    if (!isUuid(id)) return false;
    const { count } = await this.client.session.updateMany({
      where: { id, revokedAt: null, ...sessionScopeWhere(scope) },
      data: { lastSeenAt: now },
    });
    return count > 0;
  }

  /** Ends one session (logout). False when it was not visible or already revoked. */
  async revoke(scope: Scope, id: string, now: Date): Promise<boolean> {
    if (!isUuid(id)) return false;
    const { count } = await this.client.session.updateMany({
      where: { id, revokedAt: null, ...sessionScopeWhere(scope) },
      data: { revokedAt: now },
    });
    return count > 0;
  }

  /** Ends every open session of a user; returns how many were open. */
  async revokeAllForUser(scope: Scope, userId: string, now: Date): Promise<number> {
    if (!isUuid(userId)) return 0;
    const { count } = await this.client.session.updateMany({
      where: { userId, revokedAt: null, ...sessionScopeWhere(scope) },
      data: { revokedAt: now },
    });
    return count;
  }

  /**
   * The auth epoch: a counter the database bumps whenever a session is revoked or deleted or a
   * staff user changes (triggers, see the auth_epoch migration). A cache of session lookups is
   * good for as long as it does not move. Not scoped: it says nothing about any one record. Null
   * when its row is missing (a database not migrated): a cache must then trust nothing.
   */
  async authEpoch(): Promise<bigint | null> {
    const row = await this.client.authEpoch.findUnique({ where: { id: 1 }, select: { version: true } });
    return row?.version ?? null;
  }
}
