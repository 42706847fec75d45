import { checkOverviewFigures, OVERVIEW_YEAR, seedOverviewDataset, testBackends } from '@selvhjelp/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_SOURCES } from '../src/modules/overview/axes.js';
import type { TestGateway } from './harness.js';
import { countRequestStatements } from './harness.js';
import { dataOf } from './network-fixtures.js';
import type { StatTableData } from './overview-fixtures.js';
import { OVERVIEW_ALL, derivableLines } from './overview-fixtures.js';
import { useTestGateway } from './suite.js';

describe.each(testBackends())('overview figures on $name', (backend) => {
  const suite = useTestGateway(backend, {
    at: '2026-11-22T10:00:00Z',
    prepare: seedOverviewDataset,
    users: { national: { role: 'NATIONAL' }, vest: { districtId: 'vest' } },
  });
  let gateway: TestGateway;
  beforeAll(() => {
    gateway = suite.gateway;
  });

  it('acceptance 1: every published number matches a direct SQL count, the previous year too', async () => {
    const overview = dataOf(await gateway.run(OVERVIEW_ALL, { period: OVERVIEW_YEAR }, suite.tokens.national)).overview;
    expect(overview.districts).toHaveLength(7);
    expect(overview.suppressionThreshold).toBe(5);
    expect(overview.previousPeriod?.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(overview.previousPeriod?.previousPeriod).toBeNull();
    let compared = 0;
    for (const [tables, period] of [
      [overview.tables, OVERVIEW_YEAR],
      [overview.previousPeriod!.tables, { from: '2025-01-01', to: '2025-12-31' }],
    ] as const) {
      const check = await checkOverviewFigures(suite.db, period);
      expect(check.mismatches).toEqual([]);
      for (const table of tables) {
        if (table.key === 'COVERAGE') continue;
        const source = TABLE_SOURCES[table.key];
        const direct = check.direct.get(source.figure)!;
        const expected = (r: number, c: number) =>
          direct.get(`${table.rows[r]!.key}|${source.prefix}${table.columns[c]!.key}`) ?? 0;
        table.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell.suppressed) return expect(cell.value).toBeNull();
            expect([table.key, r, c, cell.value]).toEqual([table.key, r, c, expected(r, c)]);
            compared += 1;
          }),
        );
        table.columnTotals.forEach((total, c) => {
          if (!total.suppressed)
            expect([table.key, c, total.value]).toEqual([
              table.key,
              c,
              table.rows.reduce((sum, _row, r) => sum + expected(r, c), 0),
            ]);
        });
        expect(table.protected || !table.suppressed).toBe(true);
      }
    }
    expect(compared).toBeGreaterThan(500);
    const vest = overview.coverage.counties.find((county) => county.county.number === '46')!;
    expect(vest.covered).toBe(overview.coverage.coveredMunicipalityNumbers.filter((n) => n.startsWith('46')).length);
  });

  it('protected tables hide small numbers everywhere and leave no single hidden number in any line', async () => {
    const overview = dataOf(await gateway.run(OVERVIEW_ALL, { period: OVERVIEW_YEAR }, suite.tokens.national)).overview;
    const byKey = new Map<string, StatTableData>(overview.tables.map((table) => [table.key, table]));
    for (const table of overview.tables.filter((t) => t.protected)) {
      expect([table.key, derivableLines(table)]).toEqual([table.key, []]);
      for (const count of [...table.cells.flat(), ...table.rowTotals, ...table.columnTotals, table.total]) {
        if (count.suppressed) {
          expect(count.value).toBeNull();
          expect(['<5', ':']).toContain(count.display);
        } else if (table.key !== 'MINUTES_BY_CHANNEL') expect(count.value === 0 || count.value! >= 5).toBe(true);
      }
    }
    // Minutes are hidden exactly where the inquiry counts are.
    const counts = byKey.get('INQUIRIES_BY_CHANNEL')!;
    const minutes = byKey.get('MINUTES_BY_CHANNEL')!;
    expect(minutes.cells.map((row) => row.map((cell) => cell.suppressed))).toEqual(
      counts.cells.map((row) => row.map((cell) => cell.suppressed)),
    );
    expect(minutes.total.suppressed).toBe(counts.total.suppressed);
    // Registry tables are published as counted.
    expect(byKey.get('GROUPS_STARTED_CLOSED')!.suppressed).toBe(false);
  });

  it('the whole overview is a fixed number of statements, whatever the amount of data', async () => {
    const run = () => gateway.run(OVERVIEW_ALL, { period: OVERVIEW_YEAR }, suite.tokens.national);
    const before = await countRequestStatements(suite.db, run);
    // One statement per figure group and period (14 + coverage), for this year and the last.
    expect(before.count).toBe(30);
    await seedOverviewDataset(suite.db);
    const after = await countRequestStatements(suite.db, run);
    expect(after.count).toBe(before.count);
  });
});
