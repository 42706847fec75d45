import { districtScope, NATIONAL_SCOPE, qualificationLapsesOn } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries } from '../../database.js';
import { checkOverviewFigures, OVERVIEW_YEAR, seedOverviewDataset, testBackends } from '../../testing/index.js';
import type { OverviewFigure } from './repository.js';
import { OVERVIEW_FIGURES } from './repository.js';
import type { OverviewCount } from './types.js';

const cells = (counts: OverviewCount[]) =>
  Object.fromEntries(counts.map((count) => [`${count.row}|${count.column}`, count.value]));

describe.each(testBackends())('OverviewRepository on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
    await seedOverviewDataset(db);
  });
  afterAll(() => db?.close());

  const figure = (name: OverviewFigure, period = OVERVIEW_YEAR, districts?: string[]) =>
    db.repositories.overview.figure(name, NATIONAL_SCOPE, districts, period);

  it('every figure matches a direct count written another way (acceptance 1’s checker)', async () => {
    const check = await checkOverviewFigures(db, OVERVIEW_YEAR);
    expect(check.mismatches).toEqual([]);
    expect(check.comparedNonZero).toBeGreaterThan(40);
    // Another period, so the period bounds are checked too (the year before, and one month).
    expect((await checkOverviewFigures(db, { from: '2025-01-01', to: '2025-12-31' })).mismatches).toEqual([]);
    expect((await checkOverviewFigures(db, { from: '2026-03-01', to: '2026-03-31' })).mismatches).toEqual([]);
  });

  it('groups: status as of the period end from the history, started and closed in the period', async () => {
    expect(cells(await figure('groupsByStatus'))).toEqual({ 'vest|RUNNING': 2, 'vest|CLOSED': 1, 'nord|PAUSED': 1 });
    expect(cells(await figure('groupsByStatus', { from: '2025-01-01', to: '2025-12-31' }))).toEqual({
      'vest|IDEA': 1,
      'vest|RUNNING': 2,
    });
    expect(cells(await figure('groupsStartedAndClosed'))).toEqual({ 'vest|STARTED': 1, 'vest|CLOSED': 1 });
    expect(cells(await figure('groupsStartedPerMonth'))).toEqual({ 'vest|2026-02': 1 });
    expect(cells(await figure('groupsByTheme'))).toEqual({
      'vest|grief': 2,
      'vest|relatives': 1,
      'nord|grief': 1,
    });
    const coverage = await db.repositories.overview.coverage(NATIONAL_SCOPE, undefined, OVERVIEW_YEAR);
    expect(coverage.coveredMunicipalityNumbers).toEqual(['4601', '4602']);
  });

  it('facilitators: qualified at the end, newly qualified, and lapsed on the domain’s lapse day', async () => {
    expect(cells(await figure('facilitatorQualifications'))).toEqual({
      'vest|QUALIFIED': 3,
      'vest|NEWLY_QUALIFIED': 1,
      'vest|LAPSED': 1,
      'nord|NEWLY_QUALIFIED': 1,
      'nord|LAPSED': 1,
    });
    // 31 January with a one-month interval lapses on 1 March (the domain's clamp), not in February.
    expect(qualificationLapsesOn('2026-01-31', 1)).toBe('2026-03-01');
    expect(
      cells(await figure('facilitatorQualifications', { from: '2026-02-01', to: '2026-02-28' }, ['nord'])),
    ).toEqual({
      'nord|QUALIFIED': 1,
    });
    expect(
      cells(await figure('facilitatorQualifications', { from: '2026-03-01', to: '2026-03-01' }, ['nord'])),
    ).toEqual({
      'nord|LAPSED': 1,
    });
  });

  it('inquiries: public services by type, minutes beside counts, a district scope sees its own rows only', async () => {
    const byInquirer = cells(await figure('inquiriesByInquirer'));
    expect(byInquirer['vest|PUBLIC_SERVICE:CHILD_WELFARE']).toBe(3);
    const vestOnly = await db.repositories.overview.figure(
      'inquiriesByChannel',
      districtScope('vest'),
      ['vest', 'nord'],
      OVERVIEW_YEAR,
    );
    expect(new Set(vestOnly.map((count) => count.row))).toEqual(new Set(['vest']));
    expect(cells(vestOnly)['vest|MINUTES:EMAIL']).toBe(60);
    expect(cells(await figure('casesByState'))).toEqual({ 'vest|OPEN': 1, 'vest|OPENED': 2, 'vest|CLOSED': 1 });
    expect(cells(await figure('interestDemand'))).toEqual({ 'vest|anxiety': 1 });
  });

  it('each figure group is one statement', async () => {
    for (const name of Object.keys(OVERVIEW_FIGURES) as OverviewFigure[]) {
      const { count } = await countQueries(db, () => figure(name));
      expect([name, count]).toEqual([name, 1]);
    }
    const { count } = await countQueries(db, () =>
      db.repositories.overview.coverage(NATIONAL_SCOPE, undefined, OVERVIEW_YEAR),
    );
    expect(count).toBe(1);
  });
});
