import { Heading } from '@digdir/designsystemet-react';
import type { StatTableKey } from '../../../generated/graphql';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { StatTableView } from './stat-table';
import { StatTable } from './stat-table';

export interface OverviewTablesProps {
  tables: readonly (StatTableView & { key: StatTableKey })[];
  /** The same tables one year earlier, by key, when comparing. */
  previous?: readonly (StatTableView & { key: StatTableKey })[] | null;
  /** Where a figure leads, if anywhere. */
  drill?: (table: StatTableKey, row: string, column: string | null) => string | null;
  headingId: string;
}

/** Every table of the overview in the gateway's order, each with its totals (and last year's). */
export function OverviewTables({ tables, previous, drill, headingId }: OverviewTablesProps) {
  const { t } = useI18n();
  const lastYear = new Map((previous ?? []).map((table) => [table.key, table]));
  return (
    <section aria-labelledby={headingId} className="portal-stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('overview.tables')}
      </Heading>
      {tables.map((table) => (
        <StatTable
          key={table.key}
          table={table}
          previous={lastYear.get(table.key) ?? null}
          drill={drill ? (row, column) => drill(table.key, row, column) : undefined}
        />
      ))}
    </section>
  );
}
