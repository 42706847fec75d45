import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import { prepareDatabase } from '../prepare.js';
import { insertRetentionTestInquiry, insertRetentionTestPeer } from '../testing/index.js';
import { parseRetentionArgs } from './retention-args.js';

const packageRoot = new URL('../..', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'selvhjelp-retention-cli-test-'));
const dataDir = join(folder, 'pglite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(
    join(packageRoot, 'node_modules', '.bin', 'tsx'),
    [join(packageRoot, 'src', 'cli', 'retention-run.ts'), ...args],
    {
      cwd: packageRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        PGLITE_DATA_DIR: dataDir,
        DATABASE_URL: '',
        NODE_ENV: 'development',
        GATEWAY_DEMO: '',
        ...env,
      },
      timeout: 60_000,
    },
  );
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const SLOW = 120_000;
const NOW = new Date('2026-12-04T23:00:00.000Z');

describe('parseRetentionArgs', () => {
  it('takes the wall clock, or --as-of as an ISO instant', () => {
    expect(parseRetentionArgs([], {}, NOW)).toEqual({ asOf: NOW });
    expect(parseRetentionArgs(['--', '--as-of', '2027-12-10T09:00:00Z'], {}, NOW)).toEqual({
      asOf: new Date('2027-12-10T09:00:00.000Z'),
    });
    expect(parseRetentionArgs(['--as-of=2027-12-10T10:00+01:00'], {}, NOW)).toEqual({
      asOf: new Date('2027-12-10T09:00:00.000Z'),
    });
    for (const args of [['--as-of', '2027-12-10'], ['--as-of', 'tomorrow'], ['--as-of'], ['--force']]) {
      expect(parseRetentionArgs(args, {}, NOW)).toEqual({
        refused: expect.stringMatching(/Usage: pnpm retention:run/),
      });
    }
  });

  it('refuses to move the clock forward in production (not in a demo), and lets it move back', () => {
    const production = { NODE_ENV: 'production' };
    expect(parseRetentionArgs(['--as-of', '2027-12-10T09:00:00Z'], production, NOW)).toEqual({
      refused: expect.stringMatching(/Refusing --as-of 2027-12-10T09:00:00.000Z: NODE_ENV is "production"/),
    });
    expect(
      parseRetentionArgs(['--as-of', '2027-12-10T09:00:00Z'], { ...production, GATEWAY_DEMO: 'true' }, NOW),
    ).toEqual({ asOf: new Date('2027-12-10T09:00:00.000Z') });
    expect(parseRetentionArgs(['--as-of', '2026-12-01T00:00:00Z'], production, NOW)).toEqual({
      asOf: new Date('2026-12-01T00:00:00.000Z'),
    });
  });
});

describe('pnpm retention:run', () => {
  it(
    'anonymises what is due as of the moved clock, prints it, and a second run does nothing',
    async () => {
      const db = await openDatabase({ pgliteDataDir: dataDir });
      try {
        await prepareDatabase(db, { seed: 'never' });
        await insertRetentionTestInquiry(db, { receivedOn: '2027-06-10' });
        await insertRetentionTestInquiry(db, { districtId: 'nord', receivedOn: '2027-06-11' });
        await insertRetentionTestPeer(db, { startedOn: '2024-01-01', stoppedOn: '2025-12-01' });
      } finally {
        await db.close();
      }

      const refused = run(['--as-of', '2027-12-10T09:00:00Z'], { NODE_ENV: 'production' });
      expect(refused).toMatchObject({ code: 1, out: expect.stringMatching(/Refusing --as-of/) });
      expect(refused.out).not.toMatch(/Database:/);

      const first = run(['--as-of', '2027-12-10T09:00:00Z']);
      expect(first.out).toMatch(/as of 2027-12-10T09:00:00.000Z: anonymised 0 cases, 1 inquiry, 1 peer\./);
      expect(first.out).toMatch(/^ {2}vest: 0 cases, 1 inquiry, 1 peer$/m);
      expect(first.out).toMatch(/^ {2}nord: 0 cases, 0 inquiries, 0 peers$/m);
      expect(first.out.indexOf('  nord:')).toBeLessThan(first.out.indexOf('  ost:'));
      expect(first.out).toMatch(
        /^Deleted 0 sessions, 0 login attempts, 0 password links, 0 revoked calendar links, 0 API usage entries, 0 superseded feed entries\.$/m,
      );
      expect(first.code).toBe(0);

      const second = run(['--as-of', '2027-12-10T09:00:00Z']);
      expect(second.out).toMatch(/anonymised 0 cases, 0 inquiries, 0 peers\./);
      expect(second.code).toBe(0);

      const after = await openDatabase({ pgliteDataDir: dataDir });
      try {
        const runs = await after.repositories.retention.latestRuns(NATIONAL_SCOPE, 5);
        expect(runs.map((r) => [r.trigger, r.inquiriesAnonymised, r.peersAnonymised])).toEqual([
          ['ON_DEMAND', 0, 0],
          ['ON_DEMAND', 1, 1],
        ]);
      } finally {
        await after.close();
      }
    },
    SLOW,
  );
});
