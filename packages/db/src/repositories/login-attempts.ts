import type { Scope } from '@selvhjelp/domain';
import { Prisma } from '../generated/prisma/client.js';
import { OutOfScopeError } from '../errors.js';
import type { DbClient } from './client.js';
import { districtScopeSql, isUuid, normalizeEmail, staffUserScopeWhere } from './client.js';
import type { LoginAttemptRecord, LoginOutcome } from './records.js';
import { toLoginAttemptRecord } from './records.js';

export interface RecordLoginAttemptData {
  /** As typed by the user; stored lower-cased. */
  email: string;
  userId: string | null;
  outcome: LoginOutcome;
  ipAddress: string | null;
  userAgent: string | null;
  at: Date;
}

export interface FailureStreak {
  /** BAD_CREDENTIALS attempts since the last SUCCESS for the e-mail address. */
  failures: number;
  lastFailureAt: Date | null;
}

/**
 * Login attempts: the audit trail and the input to throttling. The login flow runs before a scope
 * is known and passes NATIONAL_SCOPE; a district scope sees attempts for its own users only.
 */
export class LoginAttemptRepository {
  constructor(private readonly client: DbClient) {}

  async record(scope: Scope, data: RecordLoginAttemptData): Promise<LoginAttemptRecord> {
    if (scope.kind !== 'national') {
      const visible =
        data.userId !== null &&
        isUuid(data.userId) &&
        (await this.client.staffUser.count({ where: { id: data.userId, ...staffUserScopeWhere(scope) } })) > 0;
      if (!visible) throw new OutOfScopeError();
    }
    const row = await this.client.loginAttempt.create({
      data: {
        email: normalizeEmail(data.email),
        userId: data.userId,
        outcome: data.outcome,
        ipAddress: data.ipAddress,
        userAgent: data.userAgent,
        at: data.at,
      },
    });
    return toLoginAttemptRecord(row);
  }

  /** One query: failures after the most recent success (all failures when there was none). */
  async failureStreak(scope: Scope, email: string): Promise<FailureStreak> {
    const address = normalizeEmail(email);
    const scopeFilter =
      scope.kind === 'national'
        ? Prisma.empty
        : Prisma.sql`AND EXISTS (SELECT 1 FROM staff_user u WHERE u.email = a.email AND ${districtScopeSql(scope, 'u.district_id')})`;
    const [row] = await this.client.$queryRaw<{ failures: number; last_failure_at: Date | null }[]>`
      SELECT count(*)::int AS failures, max(a.at) AS last_failure_at
      FROM login_attempt a
      WHERE a.email = ${address}
        AND a.outcome = 'BAD_CREDENTIALS'
        AND a.at > COALESCE(
          (SELECT max(s.at) FROM login_attempt s WHERE s.email = ${address} AND s.outcome = 'SUCCESS'),
          '-infinity'::timestamptz)
        ${scopeFilter}`;
    return {
      failures: Number(row?.failures ?? 0),
      lastFailureAt: row?.last_failure_at ? new Date(row.last_failure_at) : null,
    };
  }
}
