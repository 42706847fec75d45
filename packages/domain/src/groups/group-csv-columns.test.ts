import { describe, expect, it } from 'vitest';
import {
  findGroupCsvColumn,
  GROUP_CSV_COLUMNS,
  GROUP_CSV_DOCUMENTATION,
  groupCsvColumnForPath,
} from './group-csv-columns.js';

describe('CSV documentation', () => {
  it('documents every column in both languages and recognises every documented header', () => {
    expect(GROUP_CSV_DOCUMENTATION.intro.nb).toContain('semikolon');
    for (const column of GROUP_CSV_DOCUMENTATION.columns) {
      expect(column.description.nb, column.key).not.toBe('');
      expect(column.description.en, column.key).not.toBe('');
      for (const name of [column.key, column.header, ...column.aliases])
        expect(findGroupCsvColumn(name)?.key, name).toBe(column.key);
    }
    expect(findGroupCsvColumn('MÅLGRUPPE')?.key).toBe('target_group');
    expect(findGroupCsvColumn('Uke i måneden')?.key).toBe('nth');
    expect(findGroupCsvColumn('Apen for nye')?.key).toBe('open_for_new_members');
  });

  it('has unique keys and headers, and required columns for every required GroupInput field', () => {
    expect(new Set(GROUP_CSV_COLUMNS.map((column) => column.key)).size).toBe(GROUP_CSV_COLUMNS.length);
    expect(new Set(GROUP_CSV_COLUMNS.map((column) => column.header)).size).toBe(GROUP_CSV_COLUMNS.length);
    const required = GROUP_CSV_COLUMNS.filter((column) => column.required).map((column) => column.key);
    expect(required).toEqual([
      'name',
      'description',
      'themes',
      'target_group',
      'municipality',
      'format',
      'schedule',
      'start_time',
      'duration_minutes',
      'start_date',
    ]);
  });

  it('maps validation paths back to columns', () => {
    expect(groupCsvColumnForPath(['venue', 'postalCode'])?.header).toBe('postnummer');
    expect(groupCsvColumnForPath(['venue'])?.header).toBe('møtested');
    expect(groupCsvColumnForPath(['schedule', 'endDate'])?.header).toBe('sluttdato');
    expect(groupCsvColumnForPath(['themeIds', 0])?.header).toBe('tema');
    expect(groupCsvColumnForPath(['schedule'])?.header).toBe('frekvens');
    expect(groupCsvColumnForPath(['nowhere'])).toBeUndefined();
  });
});
