import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { LineChart } from '../../../shared/charts/line-chart';
import { formatCount } from '../../../shared/charts/chart-frame';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ListTable } from '../../../shared/list/list-kit';
import type { UsageCounts } from '../usage';
import { USAGE_DAYS, usageByDay } from '../usage';

export interface ApiClientUsageData {
  totals: UsageCounts;
  perDay: readonly { day: string; counts: UsageCounts }[];
  perOperation: readonly { operationName?: string | null; counts: UsageCounts }[];
}

/**
 * What the client has used the API for lately (decision 0034): totals, requests per day as a
 * chart with its table, and the operations by points spent. From the usage log, which holds no
 * variables or personal data.
 */
export function ApiClientUsage({ usage, now }: { usage: ApiClientUsageData; now: string }) {
  const { t, lang, formatDate } = useI18n();
  const count = (value: number) => formatCount(lang, value);
  const days = usageByDay(usage.perDay, new Date(now));
  const value = (n: number) => ({ value: n, display: count(n) });
  const { totals } = usage;
  return (
    <section aria-labelledby="usage-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="usage-heading">
        {t('apiClients.usage.heading', { days: USAGE_DAYS })}
      </Heading>
      <Paragraph data-size="sm" data-testid="api-client-usage-totals">
        {t('apiClients.usage.totals', {
          requests: count(totals.requests),
          points: count(totals.pointsSpent),
          rateLimited: count(totals.rateLimited),
          errors: count(totals.errors),
        })}
      </Paragraph>
      {totals.requests > 0 ? (
        <>
          <LineChart
            title={t('apiClients.usage.chart')}
            categoryHeading={t('apiClients.usage.day')}
            categories={days.map(({ day }) => ({ key: day, label: formatDate(day), short: day.slice(8) }))}
            series={[
              { key: 'requests', label: t('apiClients.usage.requests') },
              { key: 'rateLimited', label: t('apiClients.usage.rateLimited') },
              { key: 'errors', label: t('apiClients.usage.errors') },
            ]}
            values={days.map(({ counts }) => [value(counts.requests), value(counts.rateLimited), value(counts.errors)])}
          />
          <ListTable
            caption={t('apiClients.usage.operations')}
            columns={[
              t('apiClients.usage.operation'),
              t('apiClients.usage.requests'),
              t('apiClients.usage.points'),
              t('apiClients.usage.rateLimited'),
              t('apiClients.usage.errors'),
            ]}
            rows={usage.perOperation}
            rowKey={(entry) => entry.operationName ?? ''}
            cells={(entry) => [
              entry.operationName ? <code key="name">{entry.operationName}</code> : t('apiClients.usage.anonymous'),
              count(entry.counts.requests),
              count(entry.counts.pointsSpent),
              count(entry.counts.rateLimited),
              count(entry.counts.errors),
            ]}
            empty={t('apiClients.page.none')}
            rowHeaders
            testId="api-client-usage-operations"
          />
        </>
      ) : null}
    </section>
  );
}
