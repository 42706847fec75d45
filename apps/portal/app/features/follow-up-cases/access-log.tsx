import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/access-log';
import { loadAccessLog } from './access-log.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { ListTable } from '../../shared/list/list-kit';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadAccessLog(params, context);
}

export default function CaseAccessLogPage({ loaderData }: Route.ComponentProps) {
  const { t, formatDateTime } = useI18n();
  const { portal, reference, caseId, totalCount, entries } = loaderData;
  const title = t('cases.log.title', { reference });
  return (
    <div className="portal-stack">
      <PageTitle>{title}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={portalPath(portal, `saker/${caseId}`)}>{t('cases.match.backToCase')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <ListTable
        caption={t('cases.log.count', { count: totalCount })}
        columns={[
          t('cases.log.when'),
          t('cases.log.who'),
          t('cases.log.role'),
          t('cases.log.action'),
          t('cases.log.outcome'),
          t('cases.log.purpose'),
        ]}
        rows={entries}
        rowKey={(entry) => entry.id}
        testId="access-log"
        empty={t('cases.none')}
        cells={(entry) => [
          formatDateTime(entry.occurredAt),
          entry.staffUser?.name ?? t('cases.log.system'),
          entry.role,
          t(`cases.action.${entry.action}`),
          t(`cases.access.${entry.outcome}`),
          t(`cases.purpose.${entry.purpose}`),
        ]}
      />
    </div>
  );
}
