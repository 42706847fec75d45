import type { Scope } from '@selvhjelp/domain';
import { OutOfScopeError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import {
  atomically,
  districtScopeSql,
  isRecordNotFound,
  isUuid,
  staffUserScopeWhere,
  timestampSql,
  translateWriteError,
} from '../../sql/client.js';
import type { PasswordResetTokenRecord, IssuePasswordTokenData } from './types.js';
import { toPasswordResetTokenRecord } from './records.js';

/** Single-use tokens for invites and password resets. */
export class PasswordResetTokenRepository {
  constructor(
    private readonly client: DbClient,
    /** True when `client` is an interactive transaction (see atomically). */
    private readonly inTransaction = false,
  ) {}

  /** Issues a token and invalidates the user's earlier unused ones (only the newest link works). */
  async issue(scope: Scope, data: IssuePasswordTokenData): Promise<PasswordResetTokenRecord> {
    if (!isUuid(data.userId)) throw new OutOfScopeError();
    return atomically(this.client, this.inTransaction, async (tx) => {
      try {
        await tx.passwordResetToken.updateMany({
          where: { userId: data.userId, usedAt: null, user: staffUserScopeWhere(scope) },
          data: { usedAt: data.now },
        });
        const row = await tx.passwordResetToken.create({
          data: {
            tokenHash: data.tokenHash,
            user: { connect: { id: data.userId, ...staffUserScopeWhere(scope) } },
            createdById: data.createdById,
            purpose: data.purpose,
            createdAt: data.now,
            expiresAt: data.expiresAt,
          },
        });
        return toPasswordResetTokenRecord(row);
      } catch (error) {
        if (isRecordNotFound(error)) throw new OutOfScopeError();
        translateWriteError(error);
      }
    });
  }

  /**
   * The user a token would set the password for, without using it up: the password is checked
   * against the user's name and e-mail before the token is spent. Null as for `consume`.
   */
  async findUsableUserId(scope: Scope, tokenHash: string, now: Date): Promise<string | null> {
    const rows = await this.client.$queryRaw<{ user_id: string }[]>`
      SELECT t.user_id::text AS user_id
      FROM password_reset_token t
      WHERE t.token_hash = ${tokenHash}
        AND t.used_at IS NULL
        AND t.expires_at > ${timestampSql(now)}
        AND EXISTS (SELECT 1 FROM staff_user u WHERE u.id = t.user_id AND ${districtScopeSql(scope, 'u.district_id')})`;
    return rows[0]?.user_id ?? null;
  }

  /**
   * Uses up a token and returns its user id, or null when it is unknown, used, expired or
   * outside the scope. A single UPDATE … RETURNING: of two concurrent calls exactly one gets the
   * row (the second waits for the first's row lock, re-checks used_at and matches nothing).
   */
  async consume(scope: Scope, tokenHash: string, now: Date): Promise<string | null> {
    const rows = await this.client.$queryRaw<{ user_id: string }[]>`
      UPDATE password_reset_token t
      SET used_at = ${timestampSql(now)}
      WHERE t.token_hash = ${tokenHash}
        AND t.used_at IS NULL
        AND t.expires_at > ${timestampSql(now)}
        AND EXISTS (SELECT 1 FROM staff_user u WHERE u.id = t.user_id AND ${districtScopeSql(scope, 'u.district_id')})
      RETURNING t.user_id::text AS user_id`;
    return rows[0]?.user_id ?? null;
  }
}
