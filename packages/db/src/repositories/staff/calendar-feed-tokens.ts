import type { Scope } from '@selvhjelp/domain';
import { OutOfScopeError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import {
  atomically,
  isRecordNotFound,
  isUuid,
  staffUserScopeWhere,
  timestampSql,
  translateWriteError,
} from '../../sql/client.js';
import type { CalendarFeedTokenRecord, IssueCalendarFeedTokenData } from './types.js';

const FIELDS = { id: true, userId: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

/** Secret calendar addresses for staff (one active per user). */
export class CalendarFeedTokenRepository {
  constructor(
    private readonly client: DbClient,
    private readonly inTransaction = false,
  ) {}

  /** A new address for the user; the earlier one stops working in the same transaction. */
  async issue(scope: Scope, data: IssueCalendarFeedTokenData): Promise<CalendarFeedTokenRecord> {
    if (!isUuid(data.userId)) throw new OutOfScopeError();
    return atomically(this.client, this.inTransaction, async (tx) => {
      try {
        await tx.calendarFeedToken.updateMany({
          where: { userId: data.userId, revokedAt: null, user: staffUserScopeWhere(scope) },
          data: { revokedAt: data.now },
        });
        return await tx.calendarFeedToken.create({
          data: {
            tokenHash: data.tokenHash,
            user: { connect: { id: data.userId, ...staffUserScopeWhere(scope) } },
            createdAt: data.now,
          },
          select: FIELDS,
        });
      } catch (error) {
        if (isRecordNotFound(error)) throw new OutOfScopeError();
        translateWriteError(error);
      }
    });
  }

  /** The user's working address (without the token), or null. */
  async active(scope: Scope, userId: string): Promise<CalendarFeedTokenRecord | null> {
    if (!isUuid(userId)) return null;
    return this.client.calendarFeedToken.findFirst({
      where: { userId, revokedAt: null, user: staffUserScopeWhere(scope) },
      select: FIELDS,
      orderBy: { createdAt: 'desc' },
    });
  }

  /** Stops the user's address; how many were stopped (0 or 1). */
  async revoke(scope: Scope, userId: string, now: Date): Promise<number> {
    if (!isUuid(userId)) return 0;
    const { count } = await this.client.calendarFeedToken.updateMany({
      where: { userId, revokedAt: null, user: staffUserScopeWhere(scope) },
      data: { revokedAt: now },
    });
    return count;
  }

  /**
   * The user a token belongs to, when the token is not revoked and the user is active; records
   * the use. The token is the credential here, so there is no scope: the caller derives the
   * scope from the user it gets back.
   */
  async use(tokenHash: string, now: Date): Promise<string | null> {
    const rows = await this.client.$queryRaw<{ user_id: string }[]>`
      UPDATE calendar_feed_token t
      SET last_used_at = ${timestampSql(now)}
      FROM staff_user u
      WHERE t.token_hash = ${tokenHash}
        AND t.revoked_at IS NULL
        AND u.id = t.user_id
        AND u.active
      RETURNING t.user_id::text AS user_id`;
    return rows[0]?.user_id ?? null;
  }
}
