import { graphql } from './generated/index.js';
import type { OverviewAllQuery } from './generated/graphql.js';

/** The whole overview: every table, the coverage and the previous year's tables. */
export const OVERVIEW_ALL = graphql(`
  query OverviewAll($period: PeriodInput, $districts: [ID!]) {
    overview(period: $period, districts: $districts) {
      period {
        from
        to
      }
      districts {
        id
      }
      suppressionThreshold
      tables {
        ...OverviewTableParts
      }
      coverage {
        counties {
          county {
            number
          }
          municipalities
          covered
        }
        coveredMunicipalityNumbers
      }
      previousPeriod {
        period {
          from
          to
        }
        tables {
          ...OverviewTableParts
        }
        previousPeriod {
          period {
            from
          }
        }
      }
    }
  }

  fragment OverviewTableParts on StatTable {
    key
    title
    rowLabel
    columnLabel
    protected
    suppressed
    rows {
      key
      label
    }
    columns {
      key
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
`);

export const OVERVIEW_TABLE = graphql(`
  query OverviewOneTable($period: PeriodInput, $districts: [ID!], $key: StatTableKey!) {
    overview(period: $period, districts: $districts) {
      districts {
        id
      }
      table(key: $key) {
        ...OverviewTableParts
      }
    }
  }
`);

export type StatTableData = OverviewAllQuery['overview']['tables'][number];
type Count = StatTableData['total'];

/**
 * Every subtraction a reader could do on one table: in each row (its cells and its total), each
 * column (cells and total), the row totals with the grand total and the column totals with it,
 * exactly one hidden number among published ones lets it be computed. Returns those lines.
 */
export function derivableLines(table: StatTableData): string[] {
  const lines: { name: string; parts: Count[] }[] = [
    ...table.cells.map((row, r) => ({ name: `row ${table.rows[r]!.key}`, parts: [...row, table.rowTotals[r]!] })),
    ...table.columns.map((column, c) => ({
      name: `column ${column.key}`,
      parts: [...table.cells.map((row) => row[c]!), table.columnTotals[c]!],
    })),
    { name: 'row totals', parts: [...table.rowTotals, table.total] },
    { name: 'column totals', parts: [...table.columnTotals, table.total] },
  ];
  return lines.filter((line) => line.parts.filter((part) => part.suppressed).length === 1).map((line) => line.name);
}
