import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { databaseInternals } from '../../database.js';
import type { OverviewPeriod } from './types.js';
import {
  checkOverviewFigures,
  createGroupWithHistory,
  seedOverviewDataset,
  testBackends,
} from '../../testing/index.js';
import { splitByMonths } from './totals.js';

describe('splitByMonths', () => {
  it('reads whole months from the totals and the cut days from the events', () => {
    expect(splitByMonths('2026-01-01', '2026-12-31')).toEqual({
      months: { first: '2026-01-01', last: '2026-12-01' },
      days: [],
    });
    expect(splitByMonths('2026-01-15', '2026-03-10')).toEqual({
      months: { first: '2026-02-01', last: '2026-02-01' },
      days: [
        { from: '2026-01-15', to: '2026-01-31' },
        { from: '2026-03-01', to: '2026-03-10' },
      ],
    });
    expect(splitByMonths('2026-01-01', '2026-12-05')).toEqual({
      months: { first: '2026-01-01', last: '2026-11-01' },
      days: [{ from: '2026-12-01', to: '2026-12-05' }],
    });
    // No whole month: the period is read from the events only.
    expect(splitByMonths('2026-01-15', '2026-02-10')).toEqual({
      months: null,
      days: [{ from: '2026-01-15', to: '2026-02-10' }],
    });
    expect(splitByMonths('2026-02-28', '2026-02-28')).toEqual({
      months: null,
      days: [{ from: '2026-02-28', to: '2026-02-28' }],
    });
    // A state on a day: every month before it, then the days of its month.
    expect(splitByMonths(null, '2026-03-10')).toEqual({
      months: { first: null, last: '2026-02-01' },
      days: [{ from: '2026-03-01', to: '2026-03-10' }],
    });
    expect(splitByMonths(null, '2024-02-29')).toEqual({ months: { first: null, last: '2024-02-01' }, days: [] });
  });
});

const PERIODS: OverviewPeriod[] = [
  { from: '2026-01-01', to: '2026-12-31' },
  { from: '2025-01-01', to: '2025-12-31' },
  { from: '2026-01-15', to: '2026-03-10' },
  { from: '2026-02-10', to: '2026-02-10' },
  { from: '2026-04-01', to: '2026-11-20' },
  { from: '2025-06-01', to: '2026-06-30' },
];

describe.each(testBackends())('the monthly totals on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
    await seedOverviewDataset(db);
  });
  afterAll(() => db?.close());

  const run = (statement: string) => databaseInternals(db).prisma.$executeRawUnsafe(statement);

  /** Every figure against its direct count over several periods, and the totals against a rebuild from the rows. */
  async function expectExact() {
    for (const period of PERIODS) {
      const check = await checkOverviewFigures(db, period);
      expect([period, check.mismatches]).toEqual([period, []]);
    }
    const { prisma } = databaseInternals(db);
    const differences = await prisma.$queryRawUnsafe<unknown[]>(`
      WITH rebuilt AS (
        SELECT figure, district_id, date_trunc('month', day)::date AS month, key, SUM(value)::int AS value
        FROM (SELECT figure, district_id, day, key, value FROM overview_span_event
              UNION ALL SELECT figure, district_id, day, key, value FROM overview_inquiry_event
              UNION ALL SELECT figure, district_id, day, key, value FROM overview_activity_event
              UNION ALL SELECT figure, district_id, day, key, value FROM overview_case_event
              UNION ALL SELECT figure, district_id, day, key, value FROM overview_qualification_event) AS e
        GROUP BY 1, 2, 3, 4 HAVING SUM(value) <> 0
      ), kept AS (SELECT figure, district_id, month, key, value FROM overview_month_total WHERE value <> 0)
      (SELECT 'missing' AS side, * FROM rebuilt EXCEPT SELECT 'missing', * FROM kept)
      UNION ALL
      (SELECT 'extra', * FROM kept EXCEPT SELECT 'extra', * FROM rebuilt)`);
    expect(differences).toEqual([]);
  }

  it('are exact after the dataset is written', async () => {
    await expectExact();
  });

  it('stay exact when a status change is back-dated, a group moves district and changes themes, or is deleted', async () => {
    const moved = await createGroupWithHistory(db, 'vest', [
      ['IDEA', '2025-11-01'],
      ['RUNNING', '2026-01-20'],
      ['CLOSED', '2026-06-15'],
    ]);
    // Recorded last, effective in between: the later spans shift.
    await run(`INSERT INTO group_status_change (id, group_id, to_status, effective_date, reason, changed_at)
               VALUES (gen_random_uuid(), '${moved}', 'PAUSED', '2026-03-10', 'Test', now())`);
    // Two changes on one day: only the later one holds after it.
    await run(`INSERT INTO group_status_change (id, group_id, to_status, effective_date, reason, changed_at)
               VALUES (gen_random_uuid(), '${moved}', 'STARTING', '2026-02-10', 'Test', now()),
                      (gen_random_uuid(), '${moved}', 'RUNNING', '2026-02-10', 'Test', now() + interval '1 second')`);
    await expectExact();
    await run(`UPDATE self_help_group SET district_id = 'nord', municipality_number = '1804', theme_ids = ARRAY['anxiety', 'grief']
               WHERE id = '${moved}'`);
    await expectExact();
    await run(`DELETE FROM group_status_change WHERE group_id = '${moved}' AND to_status = 'PAUSED'`);
    await run(
      `UPDATE group_status_change SET effective_date = '2026-07-01' WHERE group_id = '${moved}' AND to_status = 'CLOSED'`,
    );
    await expectExact();
    await run(`DELETE FROM self_help_group WHERE id = '${moved}'`);
    await expectExact();
  });

  it('stay exact when inquiries, cases and activities are edited and deleted', async () => {
    await run(`UPDATE inquiry SET channel = 'PHONE', actions = ARRAY['INFORMATION_GIVEN', 'REFERRED_TO_GROUP']::"InquiryAction"[],
                 received_on = received_on - 40
               WHERE id = (SELECT id FROM inquiry ORDER BY id LIMIT 1)`);
    await run(`UPDATE inquiry SET district_id = 'nord' WHERE id = (SELECT id FROM inquiry ORDER BY id DESC LIMIT 1)`);
    await run(`DELETE FROM inquiry i WHERE i.id = (SELECT id FROM inquiry x
               WHERE NOT EXISTS (SELECT 1 FROM follow_up_case c WHERE c.inquiry_id = x.id) ORDER BY id LIMIT 1)`);
    // Anonymising touches no counted column: the totals do not move.
    await run(`UPDATE inquiry SET note = NULL, person_alias = NULL`);
    await run(`UPDATE follow_up_case SET status = 'CLOSED', closed_on = opened_on + 20, outcome = 'JOINED_GROUP'
               WHERE id = (SELECT id FROM follow_up_case WHERE status <> 'CLOSED' ORDER BY id LIMIT 1)`);
    await run(`UPDATE outreach_activity SET status = CASE WHEN status = 'COMPLETED' THEN 'CANCELLED' ELSE 'COMPLETED' END::"ActivityStatus",
                 participant_count = 17 WHERE id = (SELECT id FROM outreach_activity ORDER BY id LIMIT 1)`);
    await run(`DELETE FROM outreach_activity WHERE id = (SELECT id FROM outreach_activity ORDER BY id DESC LIMIT 1)`);
    await expectExact();
  });

  it('stay exact when completions, a facilitator’s district or a district’s refresher interval change', async () => {
    const { prisma } = databaseInternals(db);
    const [first] = await prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT facilitator_id AS id FROM course_completion ORDER BY facilitator_id LIMIT 1`,
    );
    await run(`UPDATE course_completion SET completed_on = completed_on + 200 WHERE facilitator_id = '${first!.id}'`);
    await expectExact();
    await run(`UPDATE facilitator SET district_id = 'nord' WHERE id = '${first!.id}'`);
    await run(`INSERT INTO district_setting (district_id, refresher_interval_months, updated_at) VALUES ('vest', 2, now())
               ON CONFLICT (district_id) DO UPDATE SET refresher_interval_months = 2`);
    await expectExact();
    await run(`UPDATE district_setting SET refresher_interval_months = 1 WHERE district_id = 'nord'`);
    await run(
      `DELETE FROM course_completion WHERE facilitator_id = (SELECT facilitator_id FROM course_completion ORDER BY facilitator_id DESC LIMIT 1)`,
    );
    await expectExact();
  });

  it('the migration’s backfill of existing rows builds the same spans and totals', async () => {
    const migration = readFileSync(
      new URL('../../../prisma/migrations/20261205055312_overview_month_totals/migration.sql', import.meta.url),
      'utf8',
    );
    const backfill = migration.slice(migration.indexOf('-- The rows already there'));
    const { prisma } = databaseInternals(db);
    const before = await prisma.$queryRawUnsafe<unknown[]>(
      `SELECT figure, district_id, month::text, key, value FROM overview_month_total WHERE value <> 0 ORDER BY 1, 2, 3, 4`,
    );
    expect(before.length).toBeGreaterThan(50);
    // TRUNCATE fires no row or statement triggers: the tables are empty as before the migration.
    await run(`TRUNCATE group_status_span, facilitator_qualification_span, overview_month_total`);
    for (const statement of backfill.split(/;\n(?=SELECT|DO)/)) await run(statement);
    const after = await prisma.$queryRawUnsafe<unknown[]>(
      `SELECT figure, district_id, month::text, key, value FROM overview_month_total WHERE value <> 0 ORDER BY 1, 2, 3, 4`,
    );
    expect(after).toEqual(before);
    await expectExact();
  });
});
