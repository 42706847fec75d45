import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportCell, ReportTable } from './report-table.js';
import { GROUPS_BY_STATUS, INQUIRIES_BY_CHANNEL, LONG_TITLE, LONG_TITLE_AGAIN, reportOf } from './report-fixtures.js';
import { sheetName, writeReportXlsx } from './report-xlsx.js';

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** What a sheet should hold: the screen's numbers as numbers, hidden cells as their text. */
function expectedRows(table: ReportTable, total: string): (number | string | null)[][] {
  const value = (cell: ReportCell | null | undefined) =>
    !cell ? null : cell.suppressed || cell.value === null ? cell.display : cell.value;
  const rows: (number | string | null)[][] = [
    [table.rowHeading, ...table.columnLabels, ...(table.rowTotals ? [total] : [])],
  ];
  table.rowLabels.forEach((label, r) =>
    rows.push([label, ...table.cells[r]!.map(value), ...(table.rowTotals ? [value(table.rowTotals[r])] : [])]),
  );
  if (table.columnTotals)
    rows.push([total, ...table.columnTotals.map(value), ...(table.rowTotals ? [value(table.total)] : [])]);
  return rows;
}

function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('the XLSX report', () => {
  it('has a cover sheet and one sheet per table with the same numbers, hidden cells as "<5"', async () => {
    const tables = [GROUPS_BY_STATUS, INQUIRIES_BY_CHANNEL];
    const workbook = await readBack(await writeReportXlsx(reportOf(tables)));

    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Om rapporten',
      'Grupper etter status',
      'Henvendelser etter kanal',
    ]);
    for (const table of tables) {
      const sheet = workbook.getWorksheet(table.title)!;
      expect(sheetRows(sheet)).toEqual(expectedRows(table, 'I alt'));
    }
    const inquiries = workbook.getWorksheet('Henvendelser etter kanal')!;
    expect(inquiries.getCell('B2').value).toBe(40);
    expect(inquiries.getCell('C2').value).toBe('<5');
    expect(inquiries.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(inquiries.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
  });

  it('makes the header row bold and freezes it with the label column', async () => {
    const workbook = await readBack(await writeReportXlsx(reportOf([GROUPS_BY_STATUS])));
    const sheet = workbook.getWorksheet('Grupper etter status')!;
    expect(sheet.getRow(1).getCell(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
  });

  it('says on the cover sheet what, for when, when made and what "<5" means', async () => {
    const workbook = await readBack(
      await writeReportXlsx(reportOf([GROUPS_BY_STATUS], { area: { kind: 'national' }, threshold: 5 })),
    );
    const text = sheetRows(workbook.worksheets[0]!).flat().join('\n');
    expect(text).toContain('Nasjonalt (alle distrikter)');
    expect(text).toContain('1. januar 2026 – 31. desember 2026');
    expect(text).toContain('5. desember 2026');
    expect(text).toContain('«<5» betyr færre enn 5');
    expect(text).toContain('regnes ut fra summene');
    expect(text).toContain('Grupper etter status');
  });

  it('writes English when asked', async () => {
    const workbook = await readBack(await writeReportXlsx(reportOf([GROUPS_BY_STATUS], { locale: 'en' })));
    expect(workbook.worksheets[0]!.name).toBe('About the report');
    expect(sheetRows(workbook.getWorksheet('Grupper etter status')!)[3]![0]).toBe('Total');
    expect(sheetRows(workbook.worksheets[0]!).flat().join('\n')).toContain('"<5" means fewer than 5');
  });

  it('gives long and repeated titles valid, unique sheet names of at most 31 characters', async () => {
    const workbook = await readBack(await writeReportXlsx(reportOf([LONG_TITLE, LONG_TITLE_AGAIN])));
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(['Om rapporten', 'Aktiviteter deltakere etter typ', 'Aktiviteter deltakere etter (2)']);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    // The full title stays on the cover sheet, beside the sheet it is on.
    const cover = sheetRows(workbook.worksheets[0]!);
    expect(cover).toContainEqual([LONG_TITLE.title, names[1]]);
  });

  it('never reuses a name that differs only in case', () => {
    const taken = new Set<string>();
    expect(sheetName('Grupper', taken, 'x')).toBe('Grupper');
    expect(sheetName('GRUPPER', taken, 'x')).toBe('GRUPPER (2)');
    expect(sheetName("'''", taken, 'Tabell 3')).toBe('Tabell 3');
  });

  it('refuses a table whose cells do not fit its labels', async () => {
    const broken = { ...GROUPS_BY_STATUS, cells: [GROUPS_BY_STATUS.cells[0]!] };
    await expect(writeReportXlsx(reportOf([broken]))).rejects.toThrow(/one row of cells per row label/);
  });
});
