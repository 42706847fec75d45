import type { Database } from '@selvhjelp/db';
import { createTestInquiry, testBackends } from '@selvhjelp/db/testing';
import type { DistrictId, InquirerType, PublicServiceType } from '@selvhjelp/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from './harness.js';
import { dataOf, errorOf } from './network-fixtures.js';
import { OVERVIEW_TABLE, derivableLines } from './overview-fixtures.js';
import { useTestGateway } from './suite.js';

/** A year before the demo data, so these inquiries are the only ones counted. */
const YEAR_2021 = { from: '2021-01-01', to: '2021-12-31' };

async function inquiries(
  db: Database,
  districtId: DistrictId,
  count: number,
  inquirerType: InquirerType,
  publicServiceType: PublicServiceType | null = null,
) {
  for (let i = 0; i < count; i += 1)
    await createTestInquiry(db, {
      districtId,
      receivedOn: `2021-${String((i % 12) + 1).padStart(2, '0')}-10`,
      inquirerType,
      publicServiceType,
    });
}

describe.each(testBackends())('overview access and small numbers on $name', (backend) => {
  const suite = useTestGateway(backend, {
    at: '2026-11-22T10:00:00Z',
    prepare: async (db) => {
      await inquiries(db, 'vest', 3, 'PUBLIC_SERVICE', 'CHILD_WELFARE');
      await inquiries(db, 'vest', 6, 'PERSON');
      await inquiries(db, 'vest', 7, 'RELATIVE');
      await inquiries(db, 'nord', 8, 'PUBLIC_SERVICE', 'CHILD_WELFARE');
      await inquiries(db, 'nord', 9, 'PERSON');
      await inquiries(db, 'nord', 5, 'RELATIVE');
      await inquiries(db, 'midt', 6, 'PERSON');
    },
    users: {
      vest: { districtId: 'vest' },
      vestLead: { districtId: 'vest', role: 'DISTRICT_LEAD' },
      national: { role: 'NATIONAL' },
      admin: { role: 'ADMIN', districtId: null },
    },
  });
  let gateway: TestGateway;
  beforeAll(() => {
    gateway = suite.gateway;
  });

  it('acceptance 2: 3 inquiries from child welfare show "<5", and no subtraction in the table recovers them', async () => {
    for (const [token, districts] of [
      [suite.tokens.national, null],
      [suite.tokens.vest, null],
      [suite.tokens.national, ['vest', 'nord']],
    ] as const) {
      const { table } = dataOf(
        await gateway.run(
          OVERVIEW_TABLE,
          { period: YEAR_2021, districts: districts && [...districts], key: 'INQUIRIES_BY_INQUIRER' },
          token,
        ),
      ).overview;
      const r = table.rows.findIndex((row) => row.key === 'vest');
      const c = table.columns.findIndex((column) => column.key === 'PUBLIC_SERVICE:CHILD_WELFARE');
      expect(table.cells[r]![c]).toEqual({ value: null, display: '<5', suppressed: true });
      expect(derivableLines(table)).toEqual([]);
      // The 3 appears nowhere in the answer.
      const published = [...table.cells.flat(), ...table.rowTotals, ...table.columnTotals, table.total]
        .filter((count) => !count.suppressed)
        .map((count) => count.value!);
      expect(published).not.toContain(3);
    }
  });

  it('acceptance 4: district staff and leads get their own district only; national users and admins all', async () => {
    for (const token of [suite.tokens.vest, suite.tokens.vestLead]) {
      const own = dataOf(await gateway.run(OVERVIEW_TABLE, { key: 'CASES', districts: ['vest'] }, token)).overview;
      expect(own.districts).toEqual([{ id: 'vest' }]);
      expect(own.table.rows.map((row) => row.key)).toEqual(['vest']);
      for (const districts of [
        ['nord'],
        ['vest', 'nord'],
        ['nord', 'midt', 'vest', 'sorvest', 'sor', 'innlandet', 'ost'],
      ]) {
        const refused = await gateway.run(OVERVIEW_TABLE, { key: 'CASES', districts }, token);
        expect(refused.data?.overview).toBeUndefined();
        expect(errorOf(refused)).toMatchObject({ code: 'FORBIDDEN', reason: 'OVERVIEW_OWN_DISTRICT_ONLY' });
      }
    }
    for (const token of [suite.tokens.national, suite.tokens.admin]) {
      const all = dataOf(await gateway.run(OVERVIEW_TABLE, { key: 'CASES' }, token)).overview;
      expect(all.districts).toHaveLength(7);
      const two = dataOf(await gateway.run(OVERVIEW_TABLE, { key: 'CASES', districts: ['ost', 'nord'] }, token));
      expect(two.overview.districts).toEqual([{ id: 'nord' }, { id: 'ost' }]);
    }
    const anonymous = await gateway.run(OVERVIEW_TABLE, { key: 'CASES' }, null);
    expect(errorOf(anonymous)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses an unknown district and a period that ends before it starts, in the reader’s language', async () => {
    const unknown = await gateway.run(OVERVIEW_TABLE, { key: 'CASES', districts: ['atlantis'] }, suite.tokens.national);
    expect(errorOf(unknown)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OVERVIEW_UNKNOWN_DISTRICT' });
    const backwards = await gateway.run(
      OVERVIEW_TABLE,
      { key: 'CASES', period: { from: '2026-05-01', to: '2026-04-30' } },
      suite.tokens.national,
      { 'accept-language': 'en' },
    );
    expect(errorOf(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERIOD_END_BEFORE_START' });
    expect(backwards.errors?.[0]?.message).toBe('The end date cannot be before the start date.');
  });

  it('titles and labels follow Accept-Language; the default period is this calendar year in Oslo', async () => {
    const nb = dataOf(await gateway.run(OVERVIEW_TABLE, { key: 'INQUIRIES_PER_MONTH' }, suite.tokens.national));
    expect(nb.overview.table).toMatchObject({ title: 'Henvendelser per måned etter kanal', rowLabel: 'Måned' });
    expect(nb.overview.table.rows.map((row) => row.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    expect(nb.overview.table.rows[0]!.label).toBe('januar 2026');
    const en = dataOf(
      await gateway.run(OVERVIEW_TABLE, { key: 'INQUIRIES_PER_MONTH' }, suite.tokens.national, {
        'accept-language': 'en',
      }),
    );
    expect(en.overview.table).toMatchObject({ title: 'Inquiries per month by channel', rowLabel: 'Month' });
    expect(en.overview.table.columns[0]).toEqual({ key: 'PHONE', label: 'Phone' });
  });
});
