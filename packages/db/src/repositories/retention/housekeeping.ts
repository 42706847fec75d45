// The retention job's deletions (decision 0038): rows kept for security and operation, deleted
// once they are past use and past their review window, and the superseded entries of the groups
// change feed. Each is one statement, run in the job's transaction.
import { SECURITY_RECORD_RETENTION_DAYS } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import type { DbClient } from '../../sql/client.js';
import { timestampSql } from '../../sql/client.js';
import { prismaExecutor } from '../../sql/executor.js';
import { ApiUsageRepository } from '../api-usage/repository.js';
import { GROUP_FEED_SUPERSEDED_DAYS } from '../group-feed/types.js';
import type { RetentionDeletions } from './types.js';

const daysBefore = (asOf: Date, days: number) =>
  Prisma.sql`${timestampSql(asOf)} - make_interval(days => ${days}::int)`;

/** Every deletion the job makes at `asOf`, with the rows each removed. */
export async function deleteExpiredRows(tx: DbClient, asOf: Date): Promise<RetentionDeletions> {
  const securityCutoff = daysBefore(asOf, SECURITY_RECORD_RETENTION_DAYS);
  // A deleted session bumps the auth epoch (every gateway drops its session cache): only when
  // there is one to delete, not every hour for nothing.
  const [due] = await tx.$queryRaw<{ due: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM session WHERE expires_at < ${securityCutoff} OR revoked_at < ${securityCutoff}
    ) AS due`;
  const sessions = due?.due
    ? await tx.$executeRaw`
        DELETE FROM session WHERE expires_at < ${securityCutoff} OR revoked_at < ${securityCutoff}`
    : 0;
  const loginAttempts = await tx.$executeRaw`DELETE FROM login_attempt WHERE at < ${securityCutoff}`;
  // A link is of use until it expires, used or not.
  const passwordResetTokens = await tx.$executeRaw`
    DELETE FROM password_reset_token WHERE expires_at < ${securityCutoff}`;
  const calendarFeedTokens = await tx.$executeRaw`
    DELETE FROM calendar_feed_token WHERE revoked_at < ${securityCutoff}`;
  // API clients' usage log (decision 0034): organisations' data, kept 13 months.
  const apiUsageEntries = await new ApiUsageRepository(tx, prismaExecutor(tx)).prune(asOf);
  const groupFeedEntries = await compactGroupFeed(tx, asOf);
  return { sessions, loginAttempts, passwordResetTokens, calendarFeedTokens, apiUsageEntries, groupFeedEntries };
}

/**
 * Deletes the feed entries that a later entry of the same group in the same district supersedes,
 * when both are older than GROUP_FEED_SUPERSEDED_DAYS: long final, so no reader can be between
 * them in a way that matters. A reader from any cursor still reads every group's latest state
 * (a removal included); a page folds several changes of a group into its last anyway.
 */
export function compactGroupFeed(tx: DbClient, asOf: Date): Promise<number> {
  const cutoff = daysBefore(asOf, GROUP_FEED_SUPERSEDED_DAYS);
  return tx.$executeRaw`
    DELETE FROM group_feed_entry e
    WHERE e.changed_at < ${cutoff}
      AND EXISTS (
        SELECT 1 FROM group_feed_entry later
        WHERE later.group_id = e.group_id
          AND later.district_id = e.district_id
          AND (later.xid, later.seq) > (e.xid, e.seq)
          AND later.changed_at < ${cutoff})`;
}
