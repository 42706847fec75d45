import type { RouterContextProvider } from 'react-router';
import { data } from 'react-router';
import { isIsoDate } from '@selvhjelp/domain';
import { gatewayContext, portalContext } from '../../context.server';
import { graphql } from '../../generated';
import type { ReportFileFormat } from '../../generated/graphql';
import { todayInOslo } from '../../shared/dates/dates';
import { fileResponse } from './job.server';
import { defaultReportPeriod } from './reports.server';

const ReportDownloadDocument = graphql(`
  query ReportDownloadFromPortal($period: ReportPeriodInput!, $district: ID, $format: ReportFileFormat!) {
    reportDownload(period: $period, district: $district, format: $format) {
      fileName
      contentType
      contentBase64
    }
  }
`);

/**
 * GET …/rapport.xlsx and …/rapport.csv?fra=…&til=…: one report made now. A district portal gives
 * its own district's; the national portal the national one, or a district's with `distrikt=`.
 * The gateway decides who may have which (FORBIDDEN otherwise).
 */
export async function downloadReport(
  request: Request,
  format: ReportFileFormat,
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(portalContext);
  const search = new URL(request.url).searchParams;
  const fallback = defaultReportPeriod(todayInOslo());
  const day = (name: string, otherwise: string) => {
    const value = (search.get(name) ?? '').trim();
    return value === '' ? otherwise : value;
  };
  const period = { from: day('fra', fallback.from), to: day('til', fallback.to) };
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) throw data(null, { status: 400 });
  const district = portal.kind === 'district' ? portal.districtId : search.get('distrikt') || null;
  const { reportDownload } = await context
    .get(gatewayContext)
    .query(ReportDownloadDocument, { period, district, format });
  return fileResponse(reportDownload);
}
