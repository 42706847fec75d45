import { STAT_TABLE_KEYS, STAT_TABLES } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import { DRILL_TABLES, drillHref } from './drill-links';

const PERIOD = { from: '2026-01-01', to: '2026-12-31' };

describe('where an overview figure leads', () => {
  it("leads registry figures to the district's read-only list, narrowed by the column", () => {
    expect(drillHref('GROUPS_BY_STATUS', 'vest', 'RUNNING', PERIOD)).toBe(
      '/nasjonalt/distrikter/vest/grupper?status=RUNNING',
    );
    expect(drillHref('GROUPS_BY_STATUS', 'vest', null, PERIOD)).toBe('/nasjonalt/distrikter/vest/grupper');
    expect(drillHref('GROUPS_BY_THEME', 'nord', 'grief', PERIOD)).toBe(
      '/nasjonalt/distrikter/nord/grupper?theme=grief',
    );
    expect(drillHref('COURSES_HELD', 'ost', 'BASIC', PERIOD)).toBe('/nasjonalt/distrikter/ost/kurs?type=BASIC');
    expect(drillHref('PARTNERS_BY_TYPE', 'sor', 'LIBRARY', PERIOD)).toBe(
      '/nasjonalt/distrikter/sor/samarbeidspartnere?type=LIBRARY&status=ACTIVE',
    );
    expect(drillHref('ACTIVITIES_BY_TYPE', 'midt', 'TALK', PERIOD)).toBe(
      '/nasjonalt/distrikter/midt/aktiviteter?type=TALK&status=COMPLETED&from=2026-01-01&to=2026-12-31',
    );
  });

  it('never leads from a protected figure (inquiries, cases, interest lists), nor from facilitators', () => {
    for (const key of STAT_TABLE_KEYS) {
      const leads = drillHref(key, 'vest', null, PERIOD) !== null;
      if (STAT_TABLES[key].protected || key === 'FACILITATORS') expect(leads, key).toBe(false);
    }
    for (const key of DRILL_TABLES) {
      expect(STAT_TABLES[key].protected, key).toBe(false);
      expect(STAT_TABLES[key].rows, key).toBe('DISTRICT');
    }
  });

  it('leads nowhere from a row that is not a district (the national total, a county)', () => {
    expect(drillHref('GROUPS_BY_STATUS', 'TOTAL', 'RUNNING', PERIOD)).toBeNull();
    expect(drillHref('GROUPS_BY_STATUS', '46', null, PERIOD)).toBeNull();
  });
});
