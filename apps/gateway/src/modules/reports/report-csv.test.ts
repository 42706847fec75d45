import { describe, expect, it } from 'vitest';
import { csvText, writeReportCsv } from './report-csv.js';
import { GROUPS_BY_STATUS, INQUIRIES_BY_CHANNEL, LONG_TITLE, reportOf } from './report-fixtures.js';

/** A small RFC 4180 reader with ";" (quoted fields, doubled quotes, CRLF), to read the file back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('the CSV report', () => {
  it('is UTF-8 with a byte-order mark, ";"-separated, one line per cell in long form', () => {
    const bytes = writeReportCsv(reportOf([GROUPS_BY_STATUS, INQUIRIES_BY_CHANNEL]));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual(['tabell', 'rad', 'kolonne', 'verdi']);
    // 2×3 cells + 2 row totals + 3 column totals + the total, per table.
    expect(rows).toHaveLength(1 + 12 + 12);
    expect(rows).toContainEqual(['Grupper etter status', 'Selvhjelp Vest', 'I gang', '120']);
    expect(rows).toContainEqual(['Grupper etter status', 'Selvhjelp Vest', 'I alt', '137']);
    expect(rows).toContainEqual(['Grupper etter status', 'I alt', 'Avsluttet', '23']);
    expect(rows).toContainEqual(['Grupper etter status', 'I alt', 'I alt', '226']);
    expect(rows).toContainEqual(['Henvendelser etter kanal', 'Selvhjelp Nord', 'Oppmøte', '<5']);
  });

  it('carries the same numbers as the tables, and no number for a hidden cell', () => {
    const rows = parseCsv(
      writeReportCsv(reportOf([INQUIRIES_BY_CHANNEL]))
        .toString('utf8')
        .slice(1),
    ).slice(1);
    const table = INQUIRIES_BY_CHANNEL;
    table.rowLabels.forEach((row, r) =>
      table.columnLabels.forEach((column, c) => {
        const cell = table.cells[r]![c]!;
        const found = rows.find((line) => line[1] === row && line[2] === column);
        expect(found?.[3]).toBe(cell.suppressed ? '<5' : String(cell.value));
      }),
    );
  });

  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    const rows = parseCsv(
      writeReportCsv(reportOf([LONG_TITLE]))
        .toString('utf8')
        .slice(1),
    );
    expect(rows).toContainEqual([LONG_TITLE.title, `'=Stand; "ute"`, 'Aktiviteter', '4']);
    expect(csvText('a;b')).toBe('"a;b"');
    expect(csvText('two\nlines')).toBe('"two\nlines"');
    expect(csvText('-1+1')).toBe("'-1+1");
    expect(csvText('Æøå')).toBe('Æøå');
  });

  it('has an English header when asked', () => {
    const text = writeReportCsv(reportOf([GROUPS_BY_STATUS], { locale: 'en' })).toString('utf8');
    expect(text.slice(1).split('\r\n')[0]).toBe('table;row;column;value');
    expect(text).toContain('Grupper etter status;Total;Total;226');
  });
});
