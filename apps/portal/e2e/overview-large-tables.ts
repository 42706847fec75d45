import type { directOverviewCounts } from '@selvhjelp/db/testing';
import type { Page } from 'playwright-core';

// The national dashboard as a reader sees it, read out of the page, and the numbers it should
// show worked out from the direct SQL counts (@selvhjelp/db/testing's checker statements).

export type DirectCounts = Awaited<ReturnType<typeof directOverviewCounts>>;
type Figure = DirectCounts extends Map<infer F, unknown> ? F : never;

/** A table as shown: its test id, caption, column headers, rows (header + cells) and footer rows. */
export interface ShownTable {
  testId: string | null;
  caption: string;
  columns: string[];
  rows: { header: string; cells: string[] }[];
  foot: { header: string; cells: string[] }[];
}

/** Every `<table>` inside the elements `selector` matches, as text (the page is server-rendered). */
export function readTables(page: Page, selector: string): Promise<ShownTable[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.flatMap((element) =>
      [...(element.tagName === 'TABLE' ? [element] : element.querySelectorAll('table'))].map((table) => {
        const text = (cell: Element) => (cell.textContent ?? '').trim();
        const row = (tr: Element) => {
          const [header, ...cells] = [...tr.children];
          return { header: header ? text(header) : '', cells: cells.map(text) };
        };
        const [, ...columns] = [...table.querySelectorAll('thead tr:first-child th')].map(text);
        return {
          testId: table.getAttribute('data-testid'),
          caption: text(table.querySelector('caption') ?? table),
          columns,
          rows: [...table.querySelectorAll('tbody tr')].map(row),
          foot: [...table.querySelectorAll('tfoot tr')].map(row),
        };
      }),
    ),
  );
}

/*
 * Where each table's cells are counted: the figure's direct statement and the prefix of its column
 * codes there. Written from the tables' definitions in the SDL (overview.graphql), not from the
 * gateway's code, so the test checks that mapping too.
 */
const SOURCES: Readonly<Record<string, { figure: Figure; prefix: string }>> = {
  GROUPS_BY_STATUS: { figure: 'groupsByStatus', prefix: '' },
  GROUPS_BY_THEME: { figure: 'groupsByTheme', prefix: '' },
  GROUPS_STARTED_CLOSED: { figure: 'groupsStartedAndClosed', prefix: '' },
  GROUPS_STARTED_PER_MONTH: { figure: 'groupsStartedPerMonth', prefix: '' },
  FACILITATORS: { figure: 'facilitatorQualifications', prefix: '' },
  COURSES_HELD: { figure: 'coursesHeld', prefix: 'COURSES:' },
  COURSE_PARTICIPANTS: { figure: 'coursesHeld', prefix: 'PARTICIPANTS:' },
  PARTNERS_BY_TYPE: { figure: 'partnersByType', prefix: '' },
  ACTIVITIES_BY_TYPE: { figure: 'activitiesByType', prefix: 'ACTIVITIES:' },
  ACTIVITY_PARTICIPANTS: { figure: 'activitiesByType', prefix: 'PARTICIPANTS:' },
  INQUIRIES_BY_CHANNEL: { figure: 'inquiriesByChannel', prefix: 'INQUIRIES:' },
  MINUTES_BY_CHANNEL: { figure: 'inquiriesByChannel', prefix: 'MINUTES:' },
  INQUIRIES_BY_INQUIRER: { figure: 'inquiriesByInquirer', prefix: '' },
  INQUIRIES_BY_ACTION: { figure: 'inquiriesByAction', prefix: '' },
  INQUIRIES_PER_MONTH: { figure: 'inquiriesPerMonth', prefix: '' },
  CASES: { figure: 'casesByState', prefix: '' },
  INTEREST_DEMAND: { figure: 'interestDemand', prefix: '' },
};

/** A table's axes as the gateway names them (keys), in the order the page shows them. */
export interface TableAxes {
  key: string;
  protected: boolean;
  rows: { key: string; label: string }[];
  columns: { key: string; label: string }[];
}

/** The whole table as direct counts: cells[r][c], with row, column and grand totals (sums, as the SDL says). */
export interface ExpectedTable {
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
}

const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

export function expectedTable(
  axes: TableAxes,
  direct: DirectCounts,
  coverage: ReadonlyMap<string, { covered: number; municipalities: number }>,
): ExpectedTable {
  const cells = axes.rows.map((row) =>
    axes.columns.map((column) => {
      if (axes.key === 'COVERAGE') {
        const county = coverage.get(row.key);
        if (!county) throw new Error(`No county ${row.key}`);
        return column.key === 'COVERED' ? county.covered : county.municipalities - county.covered;
      }
      const source = SOURCES[axes.key];
      if (!source) throw new Error(`No direct statement for ${axes.key}: a new table needs its line in SOURCES`);
      return direct.get(source.figure)?.get(`${row.key}|${source.prefix}${column.key}`) ?? 0;
    }),
  );
  const columnTotals = axes.columns.map((_, c) => sum(cells.map((row) => row[c]!)));
  return { cells, rowTotals: cells.map(sum), columnTotals, total: sum(columnTotals) };
}

/** A shown number: digits (a language's grouping spaces allowed), "<5" or ":". */
export type Shown = { kind: 'value'; value: number } | { kind: 'small' } | { kind: 'hidden' };

export function parseShown(text: string, threshold: number): Shown {
  if (text === `<${threshold}`) return { kind: 'small' };
  if (text === ':') return { kind: 'hidden' };
  const digits = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(digits)) throw new Error(`Not a number: ${JSON.stringify(text)}`);
  return { kind: 'value', value: Number(digits) };
}

/**
 * What went wrong with one shown number, or null. Shown: exactly the direct count. "<5": the count
 * behind it is 1–4. ":": hidden so that a small count cannot be derived, of any size. `behind` is
 * the count the protection looks at: the cell's own, or for minutes the inquiries of the same cell.
 */
export function mismatch(
  where: string,
  text: string,
  expected: { direct: number; behind: number },
  threshold: number,
  mayHide: boolean,
): string | null {
  const { direct, behind } = expected;
  const shown = parseShown(text, threshold);
  if (shown.kind === 'value') {
    if (shown.value !== direct) return `${where}: shows ${text}, direct count ${direct}`;
    if (mayHide && behind > 0 && behind < threshold) return `${where}: shown, but counts ${behind} (< ${threshold})`;
    return null;
  }
  if (!mayHide) return `${where}: hidden ("${text}") in a table that is not protected`;
  if (shown.kind === 'small' && (behind < 1 || behind >= threshold))
    return `${where}: shows "<${threshold}", direct count ${behind}`;
  return null;
}

export interface ExpectedCell {
  direct: number;
  behind: number;
}

/** Every problem found, and how many numbers were compared (and how many of them were hidden). */
export interface Comparison {
  problems: string[];
  /** Lines that hide exactly one number (derivable by subtraction): the protection's business, reported apart. */
  leaks: string[];
  checked: number;
  small: number;
  hidden: number;
}

export const newComparison = (): Comparison => ({ problems: [], leaks: [], checked: 0, small: 0, hidden: 0 });

/** Shown rows against expected rows: the same row headers in the same order, every number as counted. */
export function compareRows(
  into: Comparison,
  where: string,
  shown: readonly { header: string; cells: readonly string[] }[],
  expected: readonly { header: string; cells: readonly ExpectedCell[] }[],
  threshold: number,
  mayHide: boolean,
): void {
  if (shown.length !== expected.length) {
    into.problems.push(`${where}: ${shown.length} rows shown, ${expected.length} expected`);
    return;
  }
  expected.forEach((row, r) => {
    const shownRow = shown[r]!;
    if (shownRow.header !== row.header)
      into.problems.push(`${where}: row ${r} is "${shownRow.header}", not "${row.header}"`);
    if (shownRow.cells.length !== row.cells.length) {
      into.problems.push(
        `${where} / ${row.header}: ${shownRow.cells.length} cells shown, ${row.cells.length} expected`,
      );
      return;
    }
    row.cells.forEach((cell, c) => {
      const text = shownRow.cells[c]!;
      const problem = mismatch(`${where} / ${row.header} / ${c}`, text, cell, threshold, mayHide);
      if (problem) into.problems.push(problem);
      into.checked += 1;
      if (text === `<${threshold}`) into.small += 1;
      if (text === ':') into.hidden += 1;
    });
  });
}

/**
 * No line of a table (a row with its total, a column with its total) hides exactly one number:
 * a single hidden number could be worked out from the others by subtraction.
 */
export function singlyHiddenLines(where: string, table: ShownTable, threshold: number): string[] {
  const hidden = (text: string) => text === ':' || text === `<${threshold}`;
  const lines = [...table.rows, ...table.foot.slice(0, 1)].map((row) => row.cells);
  const columns = (lines[0] ?? []).map((_, c) => lines.map((line) => line[c] ?? ''));
  return [
    ...lines.map((line, r) => ({ line, name: `row ${r}` })),
    ...columns.map((line, c) => ({ line, name: `column ${c}` })),
  ]
    .filter(({ line }) => line.filter(hidden).length === 1)
    .map(({ name, line }) => `${where}: ${name} hides a single number (${line.join(' ')})`);
}

/**
 * The page's overview tables (`shown`, in the gateway's order) against the direct counts, for the
 * tables `expected` holds: every cell, row total, column total and grand total.
 */
export function compareStatTables(
  into: Comparison,
  tables: readonly (TableAxes & { title: string })[],
  shown: readonly ShownTable[],
  expected: ReadonlyMap<string, ExpectedTable>,
  threshold: number,
  totalLabel: string,
): void {
  tables.forEach((axes, index) => {
    const table = expected.get(axes.key);
    const page = shown[index];
    if (!table) return;
    if (!page || page.testId !== `stat-table-${axes.key}`) {
      into.problems.push(`${axes.key}: not shown at place ${index}`);
      return;
    }
    // Minutes are hidden where the inquiry count of the same cell is: that count is the one behind "<5".
    const behind = axes.key === 'MINUTES_BY_CHANNEL' ? expected.get('INQUIRIES_BY_CHANNEL') : table;
    if (!behind) throw new Error('Minutes are checked together with the inquiries by channel');
    const mayHide = axes.protected || axes.key === 'MINUTES_BY_CHANNEL';
    if (page.caption !== axes.title) into.problems.push(`${axes.key}: caption "${page.caption}"`);
    const columns = [...axes.columns.map((column) => column.label), totalLabel];
    if (page.columns.join('|') !== columns.join('|'))
      into.problems.push(`${axes.key}: columns ${page.columns.join('|')}`);
    const cell = (direct: number, behindCount: number) => ({ direct, behind: behindCount });
    const rows = axes.rows.map((row, r) => ({
      header: row.label,
      cells: [
        ...table.cells[r]!.map((value, c) => cell(value, behind.cells[r]![c]!)),
        cell(table.rowTotals[r]!, behind.rowTotals[r]!),
      ],
    }));
    compareRows(into, axes.key, page.rows, rows, threshold, mayHide);
    const totals = [
      ...table.columnTotals.map((value, c) => cell(value, behind.columnTotals[c]!)),
      cell(table.total, behind.total),
    ];
    compareRows(into, `${axes.key} (totals)`, page.foot, [{ header: totalLabel, cells: totals }], threshold, mayHide);
    into.leaks.push(...singlyHiddenLines(axes.key, page, threshold));
  });
}
