import { Table } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/i18n-context';
import { TableScroll } from '../list/list-kit';
import { formatCount } from './chart-frame';
import type { ChartCategory, ChartValue } from './types';

export interface HeatTableProps {
  /** The table's caption: "Grupper per tema og distrikt". */
  title: string;
  /** The row headers' column: "Tema". */
  rowHeading: string;
  /** Down the side (themes). */
  rows: readonly ChartCategory[];
  /** Across the top (districts). */
  columns: readonly ChartCategory[];
  /** `values[row][column]`. */
  values: readonly (readonly ChartValue[])[];
  /** A last column of each row's total, unshaded. */
  rowTotals?: readonly ChartValue[];
  /** A last row of each column's total, unshaded. */
  columnTotals?: readonly ChartValue[];
  /** The corner where both totals meet. */
  grandTotal?: ChartValue;
}

/** Shades past "none": charts.css gives each a lighter-to-darker fill under dark text. */
const LEVELS = 4;

/** 0 for nothing, else 1…LEVELS by the value's share of the largest. */
function levelOf(value: number, max: number): number {
  return value <= 0 ? 0 : Math.max(1, Math.ceil((value / max) * LEVELS));
}

/**
 * A table whose cells are shaded by their number (themes × districts): the numbers stay in every
 * cell, so the shading only helps the eye find the large ones; a hidden value is hatched and says
 * "<5". It is a real table, so it is its own text alternative.
 */
export function HeatTable({
  title,
  rowHeading,
  rows,
  columns,
  values,
  rowTotals,
  columnTotals,
  grandTotal,
}: HeatTableProps) {
  const { t, lang } = useI18n();
  if (values.length !== rows.length || values.some((row) => row.length !== columns.length)) {
    throw new Error(`HeatTable "${title}": values must be one row per row, one value per column`);
  }
  const max = Math.max(1, ...values.flat().map((cell) => cell.value ?? 0));
  const hidden = values.flat().find((cell) => cell.value === null)?.display;
  const legend = Array.from({ length: LEVELS + 1 }, (_, level) => {
    if (level === 0) return { level, label: formatCount(lang, 0) };
    const from = Math.floor((max * (level - 1)) / LEVELS) + 1;
    const to = Math.floor((max * level) / LEVELS);
    if (from > to) return null;
    return {
      level,
      label: from === to ? formatCount(lang, to) : `${formatCount(lang, from)}–${formatCount(lang, to)}`,
    };
  }).filter((item) => item !== null);

  const cell = (value: ChartValue, key: string, shaded: boolean) => {
    const className =
      value.value === null
        ? 'portal-chart__number portal-heat__hidden'
        : shaded
          ? `portal-chart__number portal-heat__level-${levelOf(value.value, max)}`
          : 'portal-chart__number';
    return (
      <Table.Cell key={key} className={className}>
        {value.display}
      </Table.Cell>
    );
  };

  return (
    <div className="portal-heat">
      <TableScroll label={title} landmark={false}>
        <Table className="portal-chart__table portal-heat__table">
          <caption>{title}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{rowHeading}</Table.HeaderCell>
              {columns.map((column) => (
                <Table.HeaderCell key={column.key} scope="col" className="portal-chart__number">
                  {column.label}
                </Table.HeaderCell>
              ))}
              {rowTotals ? (
                <Table.HeaderCell scope="col" className="portal-chart__number">
                  {t('chart.total')}
                </Table.HeaderCell>
              ) : null}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row, index) => (
              <Table.Row key={row.key}>
                <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                {values[index]!.map((value, column) => cell(value, columns[column]!.key, true))}
                {rowTotals?.[index] ? cell(rowTotals[index], 'total', false) : null}
              </Table.Row>
            ))}
          </Table.Body>
          {columnTotals ? (
            <Table.Foot>
              <Table.Row>
                <Table.HeaderCell scope="row">{t('chart.total')}</Table.HeaderCell>
                {columnTotals.map((value, column) => cell(value, columns[column]?.key ?? String(column), false))}
                {rowTotals ? grandTotal ? cell(grandTotal, 'total', false) : <Table.Cell /> : null}
              </Table.Row>
            </Table.Foot>
          ) : null}
        </Table>
      </TableScroll>
      <ul className="portal-chart__legend portal-heat__legend" aria-hidden="true">
        <li>{t('chart.heat.scale')}</li>
        {legend.map((item) => (
          <li key={item.level}>
            <span className={`portal-heat__swatch portal-heat__level-${item.level}`} />
            {item.label}
          </li>
        ))}
        {hidden !== undefined ? (
          <li>
            <span className="portal-heat__swatch portal-heat__hidden" />
            {t('chart.heat.hidden', { display: hidden })}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
