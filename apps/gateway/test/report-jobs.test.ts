import ExcelJS from 'exceljs';
import type { Database } from '@selvhjelp/db';
import { REPORT_STEPS } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { ReportWorker } from '../src/modules/reports/report-worker.js';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { groupsTable, recordingSource } from './report-fixtures.js';
import { useTestGateway } from './suite.js';

// The yearly report's background job (issue 13, decision 0027): national roles start it, any
// gateway process's worker runs it step by step, never a step twice, and a job whose worker
// died is taken over.

const START = graphql(`
  mutation StartReportJob($period: ReportPeriodInput!) {
    startReportJob(period: $period) {
      id
      status
      progressDone
      progressTotal
      periodFrom
      periodTo
    }
  }
`);

const JOB = graphql(`
  query ReportJobPage($id: ID!) {
    reportJob(id: $id) {
      id
      status
      progressDone
      progressTotal
      error
      files {
        id
        fileName
        format
        district {
          id
        }
        byteSize
      }
    }
  }
`);

const JOBS = graphql(`
  query ReportJobList {
    reportJobs(first: 5) {
      id
      status
    }
  }
`);

const FILE = graphql(`
  query ReportFileDownload($id: ID!) {
    reportFile(id: $id) {
      fileName
      contentType
      contentBase64
    }
  }
`);

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const LEASE_MS = 60_000;

describe.each(testBackends())('report jobs on $name', (backend) => {
  const source = recordingSource();
  const suite = useTestGateway(backend, {
    at: '2026-12-05T03:00:00.000Z',
    users: {
      national: { role: 'NATIONAL' },
      admin: { role: 'ADMIN' },
      vestLead: { districtId: 'vest', role: 'DISTRICT_LEAD' },
    },
    gateway: { reports: { intervalSeconds: 0, leaseMs: LEASE_MS, source } },
  });
  let db: Database;
  let gateway: TestGateway;
  let tokens: (typeof suite)['tokens'];
  beforeAll(() => ({ db, gateway, tokens } = suite));
  beforeEach(async () => {
    source.requests = [];
    source.failFor = null;
    // Each test starts with no jobs queued: finish or fail what an earlier test left.
    for (;;) {
      const claimed = await db.repositories.reportJobs.claim({ now: new Date('2100-01-01'), leaseMs: 0 });
      if (!claimed) break;
      await db.repositories.reportJobs.fail({
        jobId: claimed.job.id,
        claimToken: claimed.claimToken,
        error: 'reset',
        now: gateway.clock.now,
      });
    }
  });

  const worker = () => new ReportWorker(db, source, createLogger('silent'), LEASE_MS, () => gateway.clock.now);
  const start = async (token = tokens.national) => {
    const result = await gateway.run(START, { period: YEAR }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.startReportJob;
  };

  it('queues a job for every district and the national report, for national staff and administrators', async () => {
    const job = await start();
    expect(job).toMatchObject({ status: 'QUEUED', progressDone: 0, progressTotal: 8, periodFrom: YEAR.from });
    expect((await start(tokens.admin)).status).toBe('QUEUED');
    const list = await gateway.run(JOBS, {}, tokens.national);
    expect(list.data?.reportJobs.map((row) => row.id)).toContain(job.id);
  });

  it('refuses district users: FORBIDDEN to start or read jobs', async () => {
    const started = await gateway.run(START, { period: YEAR }, tokens.vestLead);
    expect(started.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REPORT_JOBS_NATIONAL_ONLY' });
    const list = await gateway.run(JOBS, {}, tokens.vestLead);
    expect(list.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a period that ends before it starts', async () => {
    const result = await gateway.run(START, { period: { from: '2026-12-31', to: '2026-01-01' } }, tokens.national);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to' });
  });

  it('runs a job step by step to DONE; the files download and read back with the tables’ numbers', async () => {
    const { id } = await start();
    expect(await worker().drain()).toBe(8);
    const job = (await gateway.run(JOB, { id }, tokens.national)).data!.reportJob!;
    expect(job).toMatchObject({ status: 'DONE', progressDone: 8, error: null });
    expect(job.files).toHaveLength(16);
    expect(job.files.map((file) => file.district?.id ?? null)).toEqual(REPORT_STEPS.flatMap((step) => [step, step]));

    const vest = job.files.find((file) => file.district?.id === 'vest' && file.format === 'XLSX')!;
    expect(vest.fileName).toBe('rapport-vest-2026-01-01_2026-12-31.xlsx');
    const download = (await gateway.run(FILE, { id: vest.id }, tokens.national)).data!.reportFile!;
    const bytes = Buffer.from(download.contentBase64, 'base64');
    expect(bytes.byteLength).toBe(vest.byteSize);
    expect(download.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const table = groupsTable({ kind: 'district', districtId: 'vest' });
    const sheet = workbook.getWorksheet(table.title.slice(0, 31).trimEnd())!;
    expect(workbook.worksheets).toHaveLength(2);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Selvhjelp Vest',
      table.cells[0]![0]!.value,
      table.cells[0]![1]!.value,
      '<5',
    ]);

    const national = job.files.find((file) => file.district === null && file.format === 'CSV')!;
    const csv = (await gateway.run(FILE, { id: national.id }, tokens.national)).data!.reportFile!;
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(text).toContain('Grupper etter status ved periodens slutt;Selvhjelp Nord;I gang;10\r\n');
    expect(text).toContain(';Selvhjelp Øst;Avsluttet;<5\r\n');

    const forbidden = await gateway.run(FILE, { id: vest.id }, tokens.vestLead);
    expect(forbidden.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets two workers on one database share the queue without doing any step twice', async () => {
    const first = await start();
    const second = await start();
    const [a, b] = await Promise.all([worker().drain(), worker().drain()]);
    expect(a + b).toBe(16);
    const steps = source.requests.map((request) => JSON.stringify([request.area, request.period]));
    expect(new Set(steps).size).toBe(8);
    expect(steps).toHaveLength(16);
    for (const { id } of [first, second]) {
      const job = (await gateway.run(JOB, { id }, tokens.national)).data!.reportJob!;
      expect(job).toMatchObject({ status: 'DONE', progressDone: 8 });
      expect(job.files).toHaveLength(16);
    }
    // The gateway's own worker finds nothing left.
    expect(await gateway.reportSchedule.tick()).toBe(0);
  });

  it('takes over a job whose worker died, doing only the steps it had not written', async () => {
    const { id } = await start();
    // A worker claims the job, writes two steps, and is never heard of again.
    const dead = (await db.repositories.reportJobs.claim({ now: gateway.clock.now, leaseMs: LEASE_MS }))!;
    for (const step of ['nord', 'midt'] as const) {
      await db.repositories.reportJobs.writeStep({
        jobId: id,
        claimToken: dead.claimToken,
        step,
        files: [{ format: 'XLSX', fileName: `${step}.xlsx`, content: Buffer.from(step) }],
        now: gateway.clock.now,
      });
    }
    // Within the lease the job stays with it.
    expect(await worker().drain()).toBe(0);
    gateway.clock.advance(LEASE_MS + 1);
    expect(await worker().drain()).toBe(6);
    expect(
      source.requests.map((request) => (request.area.kind === 'district' ? request.area.districtId : null)),
    ).toEqual(REPORT_STEPS.slice(2));
    const job = (await gateway.run(JOB, { id }, tokens.national)).data!.reportJob!;
    expect(job).toMatchObject({ status: 'DONE', progressDone: 8 });
  });

  it('ends FAILED with the error when a step fails, logs it, and goes on with the next job', async () => {
    const failing = await start();
    const next = await start();
    source.failFor = { kind: 'district', districtId: 'sor' };
    const logs: string[] = [];
    const logger = { ...createLogger('silent'), error: (message: string) => void logs.push(message) };
    const written = await new ReportWorker(db, source, logger, LEASE_MS, () => gateway.clock.now).drain();
    const failed = (await gateway.run(JOB, { id: failing.id }, tokens.national)).data!.reportJob!;
    expect(failed).toMatchObject({ status: 'FAILED', error: 'figures unavailable', progressDone: 4 });
    expect(logs).toContain('report job failed');
    const other = (await gateway.run(JOB, { id: next.id }, tokens.national)).data!.reportJob!;
    expect(other.status).toBe('FAILED');
    expect(written).toBe(8);
  });
});
