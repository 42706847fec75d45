import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/comparison';
import { loadSurveyComparison } from './comparison.server';
import { HeatTable } from '../../shared/charts/heat-table';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { DateFilter, SelectFilter } from '../../shared/list/filter-fields';
import { ListFilters } from '../../shared/list/list-kit';
import { SuppressionLegend } from './components/question-result';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadSurveyComparison(request, context);
}

/** National: each template question as districts × answers, small numbers hidden across the table. */
export default function SurveyComparisonPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, templateKey, from, to, templates, tables } = loaderData;
  const anyHidden = tables.some(
    (table) =>
      table.total.suppressed ||
      table.columnTotals.some((cell) => cell.suppressed) ||
      table.rows.some((row) => row.total.suppressed || row.cells.some((cell) => cell.suppressed)),
  );
  return (
    <div className="portal-stack">
      <PageTitle>{t('surveys.comparison.title')}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={portalPath(portal, 'undersokelser')}>{t('surveys.backToList')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('surveys.comparison.title')}
      </Heading>
      <Paragraph>{t('surveys.comparison.intro')}</Paragraph>
      <ListFilters
        label={t('surveys.comparison.filter')}
        idPrefix="comparison"
        values={{ mal: templateKey, fra: from, til: to }}
      >
        <SelectFilter
          name="mal"
          label={t('surveys.field.template')}
          options={templates.map((template) => ({ value: template.key, label: template.title }))}
          all={false}
        />
        <DateFilter name="fra" label={t('surveys.comparison.from')} />
        <DateFilter name="til" label={t('surveys.comparison.to')} />
      </ListFilters>
      {anyHidden ? <SuppressionLegend /> : null}
      {tables.length === 0 || tables.every((table) => table.rows.length === 0) ? (
        <Paragraph role="status">{t('surveys.comparison.empty')}</Paragraph>
      ) : (
        tables.map((table, index) =>
          table.rows.length === 0 ? null : (
            <section key={table.questionKey} className="portal-stack" aria-labelledby={`cmp-${table.questionKey}`}>
              <Heading level={2} data-size="sm" id={`cmp-${table.questionKey}`}>
                {`${index + 1}. ${table.question}`}
              </Heading>
              <HeatTable
                title={t('surveys.comparison.caption', { number: index + 1 })}
                rowHeading={t('surveys.comparison.district')}
                rows={table.rows.map((row) => ({ key: row.district.id, label: row.district.name }))}
                columns={table.columns.map((label, column) => ({ key: String(column), label }))}
                values={table.rows.map((row) => row.cells)}
                rowTotals={table.rows.map((row) => row.total)}
                columnTotals={table.columnTotals}
                grandTotal={table.total}
              />
            </section>
          ),
        )
      )}
    </div>
  );
}
