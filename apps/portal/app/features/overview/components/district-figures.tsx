import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { StatTableKey } from '../../../generated/graphql';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { StatTableView } from './stat-table';
import { StatTable } from './stat-table';

export interface DistrictFiguresProps {
  figures: {
    period: { from: string; to: string };
    suppressionThreshold: number;
    tables: readonly (StatTableView & { key: StatTableKey })[];
  };
}

/** The district home's "figures for the period": its own overview tables for this year. */
export function DistrictFigures({ figures }: DistrictFiguresProps) {
  const { t, formatDate } = useI18n();
  const period = t('overview.between', { from: formatDate(figures.period.from), to: formatDate(figures.period.to) });
  return (
    <section aria-labelledby="home-figures" className="portal-stack">
      <Heading level={2} data-size="sm" id="home-figures">
        {t('overview.district.heading', { period })}
      </Heading>
      <Paragraph data-size="sm">{t('overview.protection', { threshold: figures.suppressionThreshold })}</Paragraph>
      {figures.tables.map((table) => (
        <StatTable key={table.key} table={table} />
      ))}
    </section>
  );
}
