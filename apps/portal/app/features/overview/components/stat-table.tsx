import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { AppLink } from '../../../shared/ui/app-link';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { TableScroll } from '../../../shared/list/list-kit';

/** One published number: `display` is what people read ("12", "<5", ":"). */
export interface StatCountView {
  value: number | null;
  display: string;
  suppressed: boolean;
}

/** A table of the overview as the gateway gives it (StatTable), every figure the same shape. */
export interface StatTableView {
  key: string;
  title: string;
  rowLabel: string;
  columnLabel: string;
  rows: readonly { key: string; label: string }[];
  columns: readonly { key: string; label: string }[];
  cells: readonly (readonly StatCountView[])[];
  rowTotals: readonly StatCountView[];
  columnTotals: readonly StatCountView[];
  total: StatCountView;
}

export interface StatTableProps {
  table: StatTableView;
  /** The same table one year earlier: its totals as a last row, to compare. */
  previous?: StatTableView | null;
  /** Where a figure leads (row key, column key or null for the row's total), or null. */
  drill?: (row: string, column: string | null) => string | null;
}

/** A figure, as a link where it leads somewhere; a hidden one is marked for CSS and never linked. */
function Figure({ count, href }: { count: StatCountView; href: string | null }) {
  if (count.suppressed) return <span className="portal-stat-hidden">{count.display}</span>;
  return href ? <AppLink to={href}>{count.display}</AppLink> : <>{count.display}</>;
}

/**
 * One overview table: rows (districts, months, counties) × columns, with the row and column totals
 * the gateway computed and protected. Nothing is summed here: a total of visible cells could
 * give a hidden one away.
 */
export function StatTable({ table, previous, drill }: StatTableProps) {
  const { t } = useI18n();
  const lastYear = previous && previous.columns.length === table.columns.length ? previous : null;
  const headerCell = (children: ReactNode, key: string) => (
    <Table.HeaderCell key={key} scope="col">
      {children}
    </Table.HeaderCell>
  );
  return (
    <TableScroll label={table.title}>
      <Table data-testid={`stat-table-${table.key}`} className="portal-stat-table">
        <caption>{table.title}</caption>
        <Table.Head>
          <Table.Row>
            {headerCell(`${table.rowLabel} / ${table.columnLabel}`, 'corner')}
            {table.columns.map((column) => headerCell(column.label, column.key))}
            {headerCell(t('overview.total'), 'total')}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {table.rows.map((row, r) => (
            <Table.Row key={row.key}>
              <Table.HeaderCell scope="row">
                {drill?.(row.key, null) ? <AppLink to={drill(row.key, null)!}>{row.label}</AppLink> : row.label}
              </Table.HeaderCell>
              {table.columns.map((column, c) => (
                <Table.Cell key={column.key}>
                  <Figure count={table.cells[r]![c]!} href={drill?.(row.key, column.key) ?? null} />
                </Table.Cell>
              ))}
              <Table.Cell>
                <Figure count={table.rowTotals[r]!} href={drill?.(row.key, null) ?? null} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <tfoot>
          <Table.Row>
            <Table.HeaderCell scope="row">{t('overview.total')}</Table.HeaderCell>
            {table.columnTotals.map((count, c) => (
              <Table.Cell key={table.columns[c]!.key}>
                <Figure count={count} href={null} />
              </Table.Cell>
            ))}
            <Table.Cell>
              <Figure count={table.total} href={null} />
            </Table.Cell>
          </Table.Row>
          {lastYear ? (
            <Table.Row>
              <Table.HeaderCell scope="row">{t('overview.lastYear')}</Table.HeaderCell>
              {lastYear.columnTotals.map((count, c) => (
                <Table.Cell key={lastYear.columns[c]!.key}>
                  <Figure count={count} href={null} />
                </Table.Cell>
              ))}
              <Table.Cell>
                <Figure count={lastYear.total} href={null} />
              </Table.Cell>
            </Table.Row>
          ) : null}
        </tfoot>
      </Table>
    </TableScroll>
  );
}
