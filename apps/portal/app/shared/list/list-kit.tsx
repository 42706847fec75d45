import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Form } from 'react-router';
import { AppLink } from '../ui/app-link';
import { useI18n } from '../i18n/i18n-context';
import { FilterScopeProvider } from './filter-fields';

// The parts every register list is made of, so each list filters, scrolls, says "nothing
// found" and pages the same way, with the same words.

/**
 * A data table that may be wider than a phone: the table scrolls sideways inside this box while
 * the rest of the page reflows (WCAG 1.4.10 exempts data tables, not the page around them). The
 * box takes keyboard focus and is named, so keyboard users can scroll it too (axe
 * scrollable-region-focusable). Inside a section that its heading already names the same,
 * `landmark={false}` makes the box a named group, so the page has no two region landmarks of one
 * name (axe landmark-unique) while the box still says what it scrolls when it takes focus.
 */
export function TableScroll({
  label,
  landmark = true,
  children,
}: {
  label: string;
  landmark?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="portal-table-scroll" tabIndex={0} role={landmark ? 'region' : 'group'} aria-label={label}>
      {children}
    </div>
  );
}

/** The shortcuts above a list: "Ny gruppe", exports and the like, as a named list of links. */
export function ListActions({ label, children }: { label: string; children: ReactNode }) {
  return (
    <nav aria-label={label}>
      <ul className="portal-link-list">{children}</ul>
    </nav>
  );
}

/** The list's create link, named "Ny …" on every list. */
export function CreateLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <li>
      <AppLink to={to}>{children}</AppLink>
    </li>
  );
}

export interface ListFiltersProps {
  /** The form's name for assistive technology, e.g. "Filtrer grupper". */
  label: string;
  /** The fields' ids are `${idPrefix}-${name}` (filter-fields.tsx). */
  idPrefix?: string;
  /** The values in the address now, by input name: what the fields show. */
  values?: object;
  /** The list without any filter; no reset link without it. */
  resetTo?: string;
  /** Where the reset does more than clear the fields (e.g. back to the last 12 months). */
  resetLabel?: string;
  className?: string;
  /** Where the form goes, when not to the route's own address (the public finder's `/grupper`). */
  action?: string;
  /** The button's own words, where "Vis" does not fit (the public finder's "Søk"). */
  submitLabel?: string;
  /** The button is the page's main action (the public finder); a register's is secondary. */
  primary?: boolean;
  children: ReactNode;
}

/** A GET form: the filters are the URL, so they work without JavaScript and can be bookmarked. */
export function ListFilters({
  label,
  idPrefix = 'filter',
  values = {},
  resetTo,
  resetLabel,
  className = 'portal-filters',
  action,
  submitLabel,
  primary = false,
  children,
}: ListFiltersProps) {
  const { t } = useI18n();
  return (
    <Form method="get" action={action} className={className} aria-label={label}>
      <FilterScopeProvider scope={{ idPrefix, values }}>{children}</FilterScopeProvider>
      <div className="portal-actions">
        <Button type="submit" variant={primary ? undefined : 'secondary'}>
          {submitLabel ?? t('list.filter')}
        </Button>
        {resetTo ? <AppLink to={resetTo}>{resetLabel ?? t('list.reset')}</AppLink> : null}
      </div>
    </Form>
  );
}

/** What a list says when no row fits the filter; announced, since it replaces the table. */
export function EmptyList({ children }: { children: ReactNode }) {
  return <Paragraph role="status">{children}</Paragraph>;
}

export interface ListTableProps<Row> {
  /** The table's caption, also the scroll region's name: "12 grupper". */
  caption: string;
  columns: readonly string[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** One cell per column; the first names the row (a link to its page). */
  cells: (row: Row) => readonly ReactNode[];
  /** Said instead of the table when no row fits the filter. */
  empty: ReactNode;
  /** The first cell is the row's header (scope="row"). */
  rowHeaders?: boolean;
  testId?: string;
}

/** A register's table: captioned, in a focusable scroll region, or the empty state. */
export function ListTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  cells,
  empty,
  rowHeaders = false,
  testId,
}: ListTableProps<Row>) {
  if (rows.length === 0) return <EmptyList>{empty}</EmptyList>;
  return (
    <TableScroll label={caption}>
      <Table data-testid={testId}>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {columns.map((column) => (
              <Table.HeaderCell key={column} scope="col">
                {column}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={rowKey(row)}>
              {cells(row).map((cell, index) =>
                index === 0 && rowHeaders ? (
                  <Table.HeaderCell key={index} scope="row">
                    {cell}
                  </Table.HeaderCell>
                ) : (
                  <Table.Cell key={index}>{cell}</Table.Cell>
                ),
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

export interface PagerProps {
  label: string;
  /** The first page, when this is not it. */
  firstHref?: string | null;
  /** The next page, when there is one. */
  nextHref?: string | null;
}

/** Cursor paging: back to the first page and on to the next; nothing when there is one page. */
export function Pager({ label, firstHref, nextHref }: PagerProps) {
  const { t } = useI18n();
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label={label} className="portal-link-list">
      {firstHref ? <AppLink to={firstHref}>{t('list.first')}</AppLink> : null}
      {nextHref ? <AppLink to={nextHref}>{t('list.next')}</AppLink> : null}
    </nav>
  );
}
