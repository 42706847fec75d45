import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { isIsoDate } from '@selvhjelp/domain';
import { gatewayContext, langContext, portalContext } from '../../context.server';
import { graphql } from '../../generated';
import { todayInOslo } from '../../shared/dates/dates';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formErrorsFromGateway, formErrorsFromRefusals, hasErrors } from '../../shared/forms/form-errors';
import { isGatewayError } from '../../shared/gateway/errors';
import { portalPath } from '../../shared/layout/portals';
import type { ReportPeriodField } from './report-period';
import { REPORT_PERIOD_FIELDS } from './report-period';

const ReportJobsDocument = graphql(`
  query ReportJobs {
    reportJobs(first: 10) {
      id
      periodFrom
      periodTo
      status
      progressDone
      progressTotal
      createdAt
    }
  }
`);

const StartReportJobDocument = graphql(`
  mutation StartReportJobFromPortal($period: ReportPeriodInput!) {
    startReportJob(period: $period) {
      id
    }
  }
`);

/** Reports are the national office's: the district portals have no such page. */
function assertNationalPortal(context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  if (portal.kind !== 'national') throw data(null, { status: 404 });
  return portal;
}

/** This calendar year (Europe/Oslo), what the annual report is usually for. */
export function defaultReportPeriod(today: string): Record<ReportPeriodField, string> {
  const year = today.slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** GET /nasjonalt/rapporter: the form to start a run, and the latest runs. */
export async function loadReportsPage(context: Readonly<RouterContextProvider>) {
  const portal = assertNationalPortal(context);
  const { reportJobs } = await context.get(gatewayContext).query(ReportJobsDocument);
  return { portal, jobs: reportJobs, period: defaultReportPeriod(todayInOslo()) };
}

export interface ReportsActionData {
  errors: FormErrors<ReportPeriodField>;
  values: Record<ReportPeriodField, string>;
}

/** POST /nasjonalt/rapporter: queue the reports for the period, then to the run's page. */
export async function reportsAction(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = assertNationalPortal(context);
  const lang = context.get(langContext);
  const form = await request.formData();
  const values = { from: formText(form, 'from'), to: formText(form, 'to') };
  const fail = (errors: FormErrors<ReportPeriodField>) => data<ReportsActionData>({ errors, values }, { status: 400 });
  const local = formErrorsFromRefusals<ReportPeriodField>(
    REPORT_PERIOD_FIELDS.filter((field) => !isIsoDate(values[field])).map((field) => ({
      reason: values[field] === '' ? 'DATE_REQUIRED' : 'INVALID_DATE',
      field,
    })),
    { fields: REPORT_PERIOD_FIELDS, lang },
  );
  if (hasErrors(local)) return fail(local);
  try {
    const { startReportJob } = await context.get(gatewayContext).mutate(StartReportJobDocument, { period: values });
    return redirect(portalPath(portal, `rapporter/${startReportJob.id}`));
  } catch (error) {
    if (isGatewayError(error, 'BAD_USER_INPUT'))
      return fail(formErrorsFromGateway(error, { fields: REPORT_PERIOD_FIELDS, lang }));
    throw error;
  }
}
