import type { ReportCell, ReportDocument, ReportTable } from './report-table.js';

// Hand-made tables in the overview's shape, for the file writers' and the job's tests.

export function cell(value: number): ReportCell {
  return { value, display: String(value), suppressed: false };
}

export const HIDDEN: ReportCell = { value: null, display: '<5', suppressed: true };

/** Two districts × three channels, with a small count and the cells hidden so it cannot be derived. */
export const INQUIRIES_BY_CHANNEL: ReportTable = {
  key: 'inquiriesByChannel',
  title: 'Henvendelser etter kanal',
  rowHeading: 'Distrikt',
  rowLabels: ['Selvhjelp Vest', 'Selvhjelp Nord'],
  columnLabels: ['Telefon', 'E-post', 'Oppmøte'],
  cells: [
    [cell(40), HIDDEN, HIDDEN],
    [cell(25), HIDDEN, HIDDEN],
  ],
  rowTotals: [cell(51), cell(33)],
  columnTotals: [cell(65), cell(12), cell(7)],
  total: cell(84),
};

export const GROUPS_BY_STATUS: ReportTable = {
  key: 'groupsByStatus',
  title: 'Grupper etter status',
  rowHeading: 'Distrikt',
  rowLabels: ['Selvhjelp Vest', 'Selvhjelp Nord'],
  columnLabels: ['I gang', 'Pause', 'Avsluttet'],
  cells: [
    [cell(120), cell(3), cell(14)],
    [cell(80), cell(0), cell(9)],
  ],
  rowTotals: [cell(137), cell(89)],
  columnTotals: [cell(200), cell(3), cell(23)],
  total: cell(226),
};

/** A title longer than a sheet name may be, with characters Excel refuses, twice. */
export const LONG_TITLE: ReportTable = {
  key: 'outreachByType',
  title: 'Aktiviteter/deltakere etter type: foredrag, stand [alle]',
  rowHeading: 'Type',
  rowLabels: ['Foredrag', '=Stand; "ute"'],
  columnLabels: ['Aktiviteter'],
  cells: [[cell(12)], [cell(4)]],
};

export const LONG_TITLE_AGAIN: ReportTable = { ...LONG_TITLE, key: 'outreachByTypeLastYear' };

export function reportOf(tables: readonly ReportTable[], overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    area: { kind: 'district', districtId: 'vest' },
    period: { from: '2026-01-01', to: '2026-12-31' },
    locale: 'nb',
    generatedAt: new Date('2026-12-05T03:00:00Z'),
    threshold: 5,
    tables,
    ...overrides,
  };
}
