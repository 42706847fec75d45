import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import type { Route } from './+types/reports';
import { loadReportsPage, reportsAction } from './reports.server';
import type { ReportPeriodField } from './report-period';
import { REPORT_PERIOD_FIELDS } from './report-period';
import { JobStatus } from './components/job-status';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { FormErrorSummary, summaryOf } from '../../shared/forms/error-summary';
import { TextField } from '../../shared/forms/form-fields';
import { bindFields } from '../../shared/forms/field-binding';
import { TableScroll } from '../../shared/list/list-kit';

export function loader({ context }: Route.LoaderArgs) {
  return loadReportsPage(context);
}

export function action({ request, context }: Route.ActionArgs) {
  return reportsAction(request, context);
}

const FIELD_IDS: Record<ReportPeriodField, string> = { from: 'report-from', to: 'report-to' };

/** National portal: start the annual reports of every district for a period; the latest runs. */
export default function ReportsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDate, formatDateTime } = useI18n();
  const { portal, jobs, period } = loaderData;
  const label = (field: ReportPeriodField) => t(`reports.start.${field}`);
  const field = bindFields({
    values: actionData?.values ?? period,
    errors: actionData?.errors,
    id: (name: ReportPeriodField) => FIELD_IDS[name],
    label,
  });
  return (
    <div className="portal-stack">
      <PageTitle>{t('reports.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('reports.title')}
      </Heading>
      <Paragraph>{t('reports.intro')}</Paragraph>
      <section aria-labelledby="report-start-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="report-start-heading">
          {t('reports.start.heading')}
        </Heading>
        <Form method="post" className="portal-form" noValidate>
          {actionData ? (
            <FormErrorSummary
              errors={summaryOf(actionData.errors, REPORT_PERIOD_FIELDS, (name) => FIELD_IDS[name], label)}
            />
          ) : null}
          <TextField {...field.text('from')} type="date" required />
          <TextField {...field.text('to')} type="date" required />
          <div>
            <Button type="submit">{t('reports.start.submit')}</Button>
          </div>
        </Form>
      </section>
      <section aria-labelledby="report-jobs-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="report-jobs-heading">
          {t('reports.jobs.heading')}
        </Heading>
        {jobs.length === 0 ? (
          <Paragraph>{t('reports.jobs.none')}</Paragraph>
        ) : (
          <TableScroll label={t('reports.jobs.heading')}>
            <Table data-testid="report-jobs">
              <caption>{t('reports.jobs.heading')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('reports.jobs.period')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('reports.jobs.status')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('reports.jobs.progress')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('reports.jobs.created')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {jobs.map((job) => (
                  <Table.Row key={job.id}>
                    <Table.HeaderCell scope="row">
                      <AppLink to={portalPath(portal, `rapporter/${job.id}`)}>
                        {t('reports.period', { from: formatDate(job.periodFrom), to: formatDate(job.periodTo) })}
                      </AppLink>
                    </Table.HeaderCell>
                    <Table.Cell>
                      <JobStatus status={job.status} />
                    </Table.Cell>
                    <Table.Cell>
                      {t('reports.progress', { done: job.progressDone, total: job.progressTotal })}
                    </Table.Cell>
                    <Table.Cell>{formatDateTime(job.createdAt)}</Table.Cell>
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
