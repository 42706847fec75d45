// The arguments and output of `pnpm retention:run` (retention-run.ts), apart so tests can import them.
import type { RetentionRunRecord } from '../repositories/retention/types.js';

const USAGE = 'Usage: pnpm retention:run [--as-of <ISO instant, e.g. 2027-12-10T09:00:00Z>]';
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The moment to judge by, or a refusal (a message) when the arguments are wrong or unsafe. */
export function parseRetentionArgs(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  wallClock: Date,
): { asOf: Date } | { refused: string } {
  const rest = args.filter((arg) => arg !== '--');
  if (rest.length === 0) return { asOf: wallClock };
  const value =
    rest.length === 2 && rest[0] === '--as-of'
      ? rest[1]
      : rest.length === 1
        ? /^--as-of=(.*)$/.exec(rest[0]!)?.[1]
        : undefined;
  if (value === undefined) return { refused: USAGE };
  const asOf = new Date(value);
  if (!INSTANT.test(value) || Number.isNaN(asOf.getTime()))
    return { refused: `Not an ISO instant: "${value}". ${USAGE}` };
  // Anonymising cannot be undone: in production the clock may only be moved back (a run that
  // does less than today's would), never forward past records' retention periods. A demo
  // (GATEWAY_DEMO=true, as `pnpm start` runs) is not production, as for the demo seed.
  if (env.NODE_ENV === 'production' && env.GATEWAY_DEMO !== 'true' && asOf.getTime() > wallClock.getTime()) {
    return {
      refused:
        `Refusing --as-of ${asOf.toISOString()}: NODE_ENV is "production" and that moment is in the future; ` +
        'it would anonymise records before their retention period ends. Try it on a copy of the database ' +
        'outside production.',
    };
  }
  return { asOf };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeRun(run: RetentionRunRecord): string[] {
  const counts = (c: { cases: number; inquiries: number; peers: number }) =>
    `${plural(c.cases, 'case', 'cases')}, ${plural(c.inquiries, 'inquiry', 'inquiries')}, ${plural(c.peers, 'peer', 'peers')}`;
  return [
    `Retention run ${run.id} as of ${run.asOf.toISOString()}: anonymised ${counts({
      cases: run.casesAnonymised,
      inquiries: run.inquiriesAnonymised,
      peers: run.peersAnonymised,
    })}.`,
    ...Object.entries(run.perDistrict).map(([district, c]) => `  ${district}: ${counts(c)}`),
    `Deleted ${[
      plural(run.deleted.sessions, 'session', 'sessions'),
      plural(run.deleted.loginAttempts, 'login attempt', 'login attempts'),
      plural(run.deleted.passwordResetTokens, 'password link', 'password links'),
      plural(run.deleted.calendarFeedTokens, 'revoked calendar link', 'revoked calendar links'),
      plural(run.deleted.apiUsageEntries, 'API usage entry', 'API usage entries'),
      plural(run.deleted.groupFeedEntries, 'superseded feed entry', 'superseded feed entries'),
    ].join(', ')}.`,
  ];
}
