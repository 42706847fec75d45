import { Alert, Heading, Label, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Route } from './+types/job';
import { loadReportJob } from './job.server';
import { JobStatus } from './components/job-status';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { TableScroll } from '../../shared/list/list-kit';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadReportJob(params, context);
}

/**
 * A report run: its progress while the reports are made, then the files. While it runs the page
 * reloads itself (a refresh meta tag: no script needed); the status is a live region, so a
 * screen reader hears the progress change when the page comes back.
 */
export default function ReportJobPage({ loaderData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { portal, job, running, refreshSeconds } = loaderData;
  const period = t('reports.period', { from: formatDate(job.periodFrom), to: formatDate(job.periodTo) });
  const progress = t('reports.progress', { done: job.progressDone, total: job.progressTotal });
  return (
    <div className="portal-stack">
      <PageTitle>{t('reports.job.title', { period })}</PageTitle>
      {running ? <meta httpEquiv="refresh" content={String(refreshSeconds)} /> : null}
      <Paragraph data-size="sm">
        <AppLink to={portalPath(portal, 'rapporter')}>{t('reports.job.back')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('reports.job.title', { period })}
      </Heading>
      <div className="portal-stack" role="status" aria-live="polite" data-testid="report-job-status">
        <Paragraph>
          <JobStatus status={job.status} /> {progress}
        </Paragraph>
      </div>
      <div className="ds-field">
        <Label htmlFor="report-job-progress">{t('reports.job.progressLabel')}</Label>
        <progress id="report-job-progress" max={job.progressTotal} value={job.progressDone}>
          {progress}
        </progress>
      </div>
      {running ? (
        <Paragraph data-size="sm">{t('reports.job.refreshing', { seconds: refreshSeconds })}</Paragraph>
      ) : null}
      {job.status === 'FAILED' ? (
        <Alert data-color="danger">{t('reports.job.failed', { error: job.error ?? '' })}</Alert>
      ) : null}
      <section aria-labelledby="report-files-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="report-files-heading">
          {t('reports.job.files')}
        </Heading>
        {job.files.length === 0 ? (
          <Paragraph>{t('reports.job.noFiles')}</Paragraph>
        ) : (
          <TableScroll label={t('reports.job.files')}>
            <Table data-testid="report-files">
              <caption>{t('reports.job.files')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('reports.job.area')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('reports.job.download')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {job.files.map((file) => (
                  <Table.Row key={file.id}>
                    <Table.HeaderCell scope="row">{file.district?.name ?? t('reports.job.national')}</Table.HeaderCell>
                    <Table.Cell>
                      <a href={portalPath(portal, `rapporter/filer/${file.id}`)} download={file.fileName}>
                        {t(`reports.file.${file.format}`)}: {file.fileName}
                      </a>{' '}
                      ({t('reports.job.size', { size: Math.max(1, Math.round(file.byteSize / 1024)) })})
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}
