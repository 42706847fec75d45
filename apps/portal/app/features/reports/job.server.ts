import type { RouterContextProvider } from 'react-router';
import { data } from 'react-router';
import { gatewayContext, portalContext } from '../../context.server';
import { graphql } from '../../generated';

const ReportJobDocument = graphql(`
  query ReportJob($id: ID!) {
    reportJob(id: $id) {
      id
      periodFrom
      periodTo
      status
      progressDone
      progressTotal
      error
      createdAt
      finishedAt
      files {
        id
        fileName
        format
        byteSize
        district {
          id
          name
        }
      }
    }
  }
`);

const ReportFileDocument = graphql(`
  query ReportFile($id: ID!) {
    reportFile(id: $id) {
      fileName
      contentType
      contentBase64
    }
  }
`);

/** Seconds between the job page's own refreshes while the reports are being made. */
export const REPORT_JOB_REFRESH_SECONDS = 5;

/** GET /nasjonalt/rapporter/:id: a run's progress, and its files when they are done. */
export async function loadReportJob(params: { id: string }, context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  if (portal.kind !== 'national') throw data(null, { status: 404 });
  const { reportJob } = await context.get(gatewayContext).query(ReportJobDocument, { id: params.id });
  if (!reportJob) throw data(null, { status: 404 });
  const running = reportJob.status === 'QUEUED' || reportJob.status === 'RUNNING';
  return { portal, job: reportJob, running, refreshSeconds: REPORT_JOB_REFRESH_SECONDS };
}

/** RFC 6266 with an ASCII fallback; report names are ASCII, the rule is kept for safety. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A report file as a download (never shown inline). */
export function fileResponse(file: { fileName: string; contentType: string; contentBase64: string }): Response {
  const bytes = Buffer.from(file.contentBase64, 'base64');
  return new Response(bytes, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': contentDisposition(file.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

/** GET /nasjonalt/rapporter/filer/:fileId: one finished file of a run. */
export async function downloadReportFile(params: { fileId: string }, context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  if (portal.kind !== 'national') throw data(null, { status: 404 });
  const { reportFile } = await context.get(gatewayContext).query(ReportFileDocument, { id: params.fileId });
  if (!reportFile) throw data(null, { status: 404 });
  return fileResponse(reportFile);
}
