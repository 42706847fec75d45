import ExcelJS from 'exceljs';
import { testBackends } from '@selvhjelp/db/testing';
import { STAT_TABLE_KEYS } from '@selvhjelp/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { useTestGateway } from './suite.js';

// Acceptance 3 of issue 13: the XLSX report opens, has one sheet per overview table and the
// same numbers as the screen (the overview query), hidden cells as their "<5"/":" text; the
// CSV carries the same. Runs on the demo data with the real overview behind the report.

const OVERVIEW_TABLES = graphql(`
  query OverviewForReport($period: PeriodInput) {
    overview(period: $period) {
      tables {
        key
        title
        rowLabel
        rows {
          label
        }
        columns {
          label
        }
        cells {
          value
          display
          suppressed
        }
        rowTotals {
          value
          display
          suppressed
        }
        columnTotals {
          value
          display
          suppressed
        }
        total {
          value
          display
          suppressed
        }
      }
    }
  }
`);

const DOWNLOAD = graphql(`
  query ReportDownloadForOverview($period: ReportPeriodInput!, $district: ID, $format: ReportFileFormat!) {
    reportDownload(period: $period, district: $district, format: $format) {
      fileName
      contentBase64
    }
  }
`);

type Count = { value?: number | null; display: string; suppressed: boolean };
const shown = (count: Count) => (count.suppressed || count.value == null ? count.display : count.value);

describe.each(testBackends())('the report from the overview on $name', (backend) => {
  const suite = useTestGateway(backend, {
    users: { national: { role: 'NATIONAL' }, vestLead: { districtId: 'vest', role: 'DISTRICT_LEAD' } },
  });
  let gateway: TestGateway;
  let tokens: (typeof suite)['tokens'];
  beforeAll(() => ({ gateway, tokens } = suite));

  // The demo data is dated around the day of seeding: this year and last hold it.
  const year = new Date().getUTCFullYear();
  const period = { from: `${year - 1}-01-01`, to: `${year}-12-31` };

  for (const [who, district] of [
    ['national', null],
    ['vestLead', 'vest'],
  ] as const) {
    it(`writes the ${district ?? 'national'} XLSX with one sheet per table and the screen's numbers`, async () => {
      const token = tokens[who];
      const screen = await gateway.run(OVERVIEW_TABLES, { period }, token);
      expect(screen.errors).toBeUndefined();
      const tables = screen.data!.overview.tables;
      expect(tables).toHaveLength(STAT_TABLE_KEYS.length);

      const file = await gateway.run(DOWNLOAD, { period, district, format: 'XLSX' }, token);
      expect(file.errors).toBeUndefined();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        Buffer.from(file.data!.reportDownload.contentBase64, 'base64') as unknown as ArrayBuffer,
      );
      expect(workbook.worksheets).toHaveLength(1 + tables.length);

      const cover = workbook.worksheets[0]!;
      const sheetOf = new Map<string, string>();
      cover.eachRow((row) => {
        const [title, sheet] = (row.values as unknown[]).slice(1);
        if (typeof title === 'string' && typeof sheet === 'string') sheetOf.set(title, sheet);
      });
      for (const table of tables) {
        const sheet = workbook.getWorksheet(sheetOf.get(table.title))!;
        expect(sheet, table.key).toBeDefined();
        const rows: unknown[][] = [];
        sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
        expect(rows, table.key).toEqual([
          [table.rowLabel, ...table.columns.map((column) => column.label), 'I alt'],
          ...table.rows.map((row, r) => [row.label, ...table.cells[r]!.map(shown), shown(table.rowTotals[r]!)]),
          ['I alt', ...table.columnTotals.map(shown), shown(table.total)],
        ]);
      }
      // No number behind a hidden cell anywhere in the file.
      const hidden = tables.flatMap((table) => table.cells.flat().filter((count) => count.suppressed));
      for (const count of hidden) expect(count.value).toBeNull();
    });
  }

  it('writes the same numbers to the CSV', async () => {
    const screen = (await gateway.run(OVERVIEW_TABLES, { period }, tokens.national)).data!.overview.tables;
    const file = await gateway.run(DOWNLOAD, { period, district: null, format: 'CSV' }, tokens.national);
    const lines = new Set(
      Buffer.from(file.data!.reportDownload.contentBase64, 'base64').toString('utf8').split('\r\n'),
    );
    for (const table of screen) {
      table.rows.forEach((row, r) =>
        table.columns.forEach((column, c) => {
          const line = [table.title, row.label, column.label, String(shown(table.cells[r]![c]!))]
            .map((field) => (/[;",]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field))
            .join(';');
          expect(lines.has(line) || lines.has(`\uFEFF${line}`), `${table.key}: ${line}`).toBe(true);
        }),
      );
    }
  });
});
