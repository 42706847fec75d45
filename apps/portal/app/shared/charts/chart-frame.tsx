import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { LOCALES } from '../i18n/i18n';
import type { Lang } from '../i18n/i18n';
import { TableScroll } from '../list/list-kit';
import { TONES } from './types';

// The parts every chart is made of (decision 0026): a figure named by its caption, the drawing as
// one image with a short description, and the same numbers as a table right below it. The table
// is the text alternative people with a screen reader (and anyone who wants the exact figures)
// read; the image says what it shows and points to the table.

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** Whole numbers as the language writes them ("12 345"): axis ticks and sums the chart adds up. */
export function formatCount(lang: Lang, value: number): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 });
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

export function ChartFigure({
  title,
  notes,
  table,
  className,
  children,
}: {
  title: string;
  /** Said under the drawing: what a gap or a hatch means, the map's credit. */
  notes?: ReactNode;
  table: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <figure className={className ? `portal-chart ${className}` : 'portal-chart'}>
      <figcaption className="portal-chart__caption">{title}</figcaption>
      <div className="portal-chart__body">
        <div className="portal-chart__drawing">
          {children}
          {notes}
        </div>
        {table}
      </div>
    </figure>
  );
}

/**
 * The drawing: one image to assistive technology (its parts are not read one by one), named by
 * its `<title>` and described by its `<desc>`. It scales with its box (viewBox), so it needs no
 * script to fit a phone or a printed page.
 */
export function ChartSvg({
  id,
  width,
  height,
  origin = [0, 0],
  title,
  description,
  children,
}: {
  /** From useId: the title's and description's ids, and the patterns' (`${id}-tone-0`). */
  id: string;
  width: number;
  height: number;
  /** The viewBox's top left corner, where the drawing shows part of a larger one (a map's counties). */
  origin?: readonly [number, number];
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <svg
      className="portal-chart__svg"
      viewBox={`${origin[0]} ${origin[1]} ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      focusable="false"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

/** `url(#…)` of a tone's pattern (colour with its own hatch), for a fill. */
export function toneFill(id: string, tone: number): string {
  return `url(#${id}-tone-${tone})`;
}

// One hatch per tone, drawn light over the tone's colour: series differ by pattern as well as
// colour (WCAG 1.4.1), and stay apart on a black-and-white print.
const HATCHES: readonly (string | null)[] = [
  null,
  'M-1 1l2-2M0 8l8-8M7 9l2-2',
  'M2 2h.01M6 6h.01',
  'M0 2h8M0 6h8',
  'M0 0l8 8M8 0l-8 8',
  'M2 0v8M6 0v8',
];

/** The tones' patterns, in a chart's `<defs>`; its legend refers to them by the same ids. */
export function TonePatterns({ id }: { id: string }) {
  return (
    <defs>
      {Array.from({ length: TONES }, (_, tone) => (
        <pattern key={tone} id={`${id}-tone-${tone}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" className={`portal-chart__tone-${tone}`} />
          {HATCHES[tone] ? <path d={HATCHES[tone]} className="portal-chart__hatch" /> : null}
        </pattern>
      ))}
    </defs>
  );
}

export interface LegendItem {
  key: string;
  label: string;
  /** A swatch: the tone's fill, or a line sample for a line chart. */
  swatch: ReactNode;
}

/**
 * The key to the colours and patterns. Hidden from assistive technology: the table's headers name
 * the same series, and a list of swatches says nothing without sight.
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="portal-chart__legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.key}>
          <svg viewBox="0 0 24 16" className="portal-chart__swatch" focusable="false">
            {item.swatch}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export interface DataTableRow {
  key: string;
  header: string;
  cells: readonly ReactNode[];
}

/** The chart's numbers: one row per category, one column per series, in a scrolling box. */
export function ChartTable({
  caption,
  corner,
  columns,
  rows,
  footer,
}: {
  caption: string;
  /** The row headers' column: "Distrikt", "Måned". */
  corner: string;
  columns: readonly string[];
  rows: readonly DataTableRow[];
  /** A totals row under the rest. */
  footer?: DataTableRow;
}) {
  return (
    <TableScroll label={caption} landmark={false}>
      <Table className="portal-chart__table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{corner}</Table.HeaderCell>
            {columns.map((column, index) => (
              <Table.HeaderCell key={`${index}-${column}`} scope="col" className="portal-chart__number">
                {column}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{rows.map(tableRow)}</Table.Body>
        {footer ? <Table.Foot>{tableRow(footer)}</Table.Foot> : null}
      </Table>
    </TableScroll>
  );
}

function tableRow(row: DataTableRow) {
  return (
    <Table.Row key={row.key}>
      <Table.HeaderCell scope="row">{row.header}</Table.HeaderCell>
      {row.cells.map((cell, index) => (
        <Table.Cell key={index} className="portal-chart__number">
          {cell}
        </Table.Cell>
      ))}
    </Table.Row>
  );
}

/** Said instead of a drawing with nothing to draw; the table still follows. */
export function ChartEmpty() {
  const { t } = useI18n();
  return <Paragraph className="portal-chart__empty">{t('chart.empty')}</Paragraph>;
}
