import type { Scope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { OutOfScopeError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { districtScopeSql, isUuid, normalizeEmail, staffUserScopeWhere, timestampSql } from '../../sql/client.js';
import type { LoginAttemptRecord, RecordLoginAttemptData, FailureStreak } from './types.js';
import { toLoginAttemptRecord } from './records.js';

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
        clientNet: data.clientNet ?? null,
        userAgent: data.userAgent,
        at: data.at,
      },
    });
    return toLoginAttemptRecord(row);
  }

  /**
   * One query: failures for the e-mail address after its most recent success (all failures when
   * there was none) and after `since`. With `clientNet`, only attempts from that network count,
   * so that failures from a stranger's address do not slow the owner down elsewhere. With
   * `since`, only that stretch of the log is read: an account's long history then costs no more
   * time than an unknown address's empty one.
   */
  async failureStreak(
    scope: Scope,
    email: string,
    options: { clientNet?: string; since?: Date } = {},
  ): Promise<FailureStreak> {
    const address = normalizeEmail(email);
    const scopeFilter =
      scope.kind === 'national'
        ? Prisma.empty
        : Prisma.sql`AND EXISTS (SELECT 1 FROM staff_user u WHERE u.email = a.email AND ${districtScopeSql(scope, 'u.district_id')})`;
    const netFilter = (alias: string) =>
      options.clientNet === undefined
        ? Prisma.empty
        : Prisma.sql`AND ${Prisma.raw(alias)}.client_net = ${options.clientNet}`;
    const since = options.since ? timestampSql(options.since) : Prisma.sql`'-infinity'::timestamptz`;
    const [row] = await this.client.$queryRaw<{ failures: number; last_failure_at: Date | null }[]>`
      SELECT count(*)::int AS failures, max(a.at) AS last_failure_at
      FROM login_attempt a
      WHERE a.email = ${address}
        AND a.outcome = 'BAD_CREDENTIALS'
        ${netFilter('a')}
        AND a.at > ${since}
        AND a.at > COALESCE(
          (SELECT max(s.at) FROM login_attempt s
           WHERE s.email = ${address} AND s.outcome = 'SUCCESS' AND s.at > ${since} ${netFilter('s')}),
          '-infinity'::timestamptz)
        ${scopeFilter}`;
    return toStreak(row);
  }

  /**
   * Failed attempts from one network against any address since a moment: what password spraying
   * leaves behind. Successes do not reset it (an attacker could log in to an own account).
   */
  async clientNetFailures(scope: Scope, clientNet: string, since: Date): Promise<FailureStreak> {
    if (scope.kind !== 'national') throw new OutOfScopeError();
    const [row] = await this.client.$queryRaw<{ failures: number; last_failure_at: Date | null }[]>`
      SELECT count(*)::int AS failures, max(a.at) AS last_failure_at
      FROM login_attempt a
      WHERE a.client_net = ${clientNet}
        AND a.outcome = 'BAD_CREDENTIALS'
        AND a.at > ${timestampSql(since)}`;
    return toStreak(row);
  }
}

function toStreak(row: { failures: number; last_failure_at: Date | null } | undefined): FailureStreak {
  return {
    failures: Number(row?.failures ?? 0),
    lastFailureAt: row?.last_failure_at ? new Date(row.last_failure_at) : null,
  };
}
