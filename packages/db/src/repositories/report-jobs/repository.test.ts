import { districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { databaseInternals } from '../../database.js';
import { OutOfScopeError } from '../../errors.js';
import { testBackends } from '../../testing/index.js';
import { REPORT_STEPS } from './repository.js';
import type { ReportStep } from './types.js';

const T0 = new Date('2026-12-05T03:00:00.000Z');
const LEASE_MS = 60_000;
const later = (ms: number) => new Date(T0.getTime() + ms);

function stepFiles(step: ReportStep) {
  const who = step ?? 'nasjonal';
  return [
    { format: 'XLSX' as const, fileName: `rapport-${who}.xlsx`, content: Buffer.from(`xlsx ${who}`) },
    { format: 'CSV' as const, fileName: `rapport-${who}.csv`, content: Buffer.from(`csv ${who}`) },
  ];
}

describe.each(testBackends())('ReportJobRepository on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    await databaseInternals(db).prisma.reportJob.deleteMany();
  });

  const newJob = () =>
    db.repositories.reportJobs.create(NATIONAL_SCOPE, {
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      locale: 'nb',
      requestedById: null,
    });

  it('creates a queued job with one step per district and one national step', async () => {
    const job = await newJob();
    expect(job).toMatchObject({ status: 'QUEUED', progressDone: 0, progressTotal: 8, periodFrom: '2026-01-01' });
    expect(REPORT_STEPS).toHaveLength(8);
    expect(REPORT_STEPS.at(-1)).toBeNull();
    expect(await db.repositories.reportJobs.find(NATIONAL_SCOPE, job.id)).toEqual(job);
    expect(await db.repositories.reportJobs.latest(NATIONAL_SCOPE, 10)).toEqual([job]);
  });

  it('is the national office’s only: a district scope neither creates nor reads jobs or files', async () => {
    const job = await newJob();
    const vest = districtScope('vest');
    const repo = db.repositories.reportJobs;
    await expect(
      repo.create(vest, { periodFrom: '2026-01-01', periodTo: '2026-12-31', locale: 'nb', requestedById: null }),
    ).rejects.toBeInstanceOf(OutOfScopeError);
    await expect(repo.find(vest, job.id)).rejects.toBeInstanceOf(OutOfScopeError);
    await expect(repo.latest(vest, 10)).rejects.toBeInstanceOf(OutOfScopeError);
    await expect(repo.filesOf(vest, [job.id])).rejects.toBeInstanceOf(OutOfScopeError);
    await expect(repo.file(vest, job.id)).rejects.toBeInstanceOf(OutOfScopeError);
  });

  it('runs a job step by step to DONE, each step’s files stored and counted once', async () => {
    const { id } = await newJob();
    const repo = db.repositories.reportJobs;
    const claimed = (await repo.claim({ now: T0, leaseMs: LEASE_MS }))!;
    expect(claimed.job).toMatchObject({ id, status: 'RUNNING', startedAt: T0, heartbeatAt: T0 });
    expect(claimed.remainingSteps).toEqual(REPORT_STEPS);
    for (const [i, step] of claimed.remainingSteps.entries()) {
      const result = await repo.writeStep({
        jobId: id,
        claimToken: claimed.claimToken,
        step,
        files: stepFiles(step),
        now: later(i + 1),
      });
      expect(result).toMatchObject({ status: 'written', job: { progressDone: i + 1, heartbeatAt: later(i + 1) } });
    }
    const job = await repo.find(NATIONAL_SCOPE, id);
    expect(job).toMatchObject({ status: 'DONE', progressDone: 8, finishedAt: later(8) });
    const files = await repo.filesOf(NATIONAL_SCOPE, [id]);
    expect(files.map((file) => [file.districtId, file.format])).toEqual(
      REPORT_STEPS.flatMap((step) => [
        [step, 'CSV'],
        [step, 'XLSX'],
      ]),
    );
    expect(files[0]!.byteSize).toBe(Buffer.byteLength('csv nord'));
    const national = files.find((file) => file.districtId === null && file.format === 'XLSX')!;
    expect(await repo.file(NATIONAL_SCOPE, national.id)).toMatchObject({
      fileName: 'rapport-nasjonal.xlsx',
      content: Buffer.from('xlsx nasjonal'),
    });
    // Nothing left to claim.
    expect(await repo.claim({ now: later(LEASE_MS * 10), leaseMs: LEASE_MS })).toBeNull();
  });

  it('lets only one of two workers that ask at once claim a job', async () => {
    await newJob();
    const repo = db.repositories.reportJobs;
    const claims = await Promise.all([
      repo.claim({ now: T0, leaseMs: LEASE_MS }),
      repo.claim({ now: T0, leaseMs: LEASE_MS }),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    // A running job whose heartbeat is fresh stays with its worker.
    expect(await repo.claim({ now: later(LEASE_MS - 1), leaseMs: LEASE_MS })).toBeNull();
  });

  it('hands a job whose heartbeat is older than the lease to another worker, and the first writes nothing more', async () => {
    const { id } = await newJob();
    const repo = db.repositories.reportJobs;
    const first = (await repo.claim({ now: T0, leaseMs: LEASE_MS }))!;
    for (const step of ['nord', 'midt'] as const) {
      await repo.writeStep({ jobId: id, claimToken: first.claimToken, step, files: stepFiles(step), now: T0 });
    }
    const second = (await repo.claim({ now: later(LEASE_MS + 1), leaseMs: LEASE_MS }))!;
    expect(second.job).toMatchObject({ id, status: 'RUNNING', startedAt: T0, progressDone: 2 });
    expect(second.remainingSteps).toEqual(REPORT_STEPS.slice(2));
    expect(second.claimToken).not.toBe(first.claimToken);

    const stale = await repo.writeStep({
      jobId: id,
      claimToken: first.claimToken,
      step: 'vest',
      files: stepFiles('vest'),
      now: later(LEASE_MS + 2),
    });
    expect(stale).toEqual({ status: 'lost' });
    expect(await repo.fail({ jobId: id, claimToken: first.claimToken, error: 'x', now: T0 })).toBe(false);
    expect((await repo.filesOf(NATIONAL_SCOPE, [id])).filter((file) => file.districtId === 'vest')).toEqual([]);
    expect((await repo.find(NATIONAL_SCOPE, id))!.progressDone).toBe(2);
  });

  it('marks a job FAILED with its error under the claim that holds it', async () => {
    const { id } = await newJob();
    const repo = db.repositories.reportJobs;
    const claimed = (await repo.claim({ now: T0, leaseMs: LEASE_MS }))!;
    expect(await repo.fail({ jobId: id, claimToken: claimed.claimToken, error: 'boom', now: later(5) })).toBe(true);
    expect(await repo.find(NATIONAL_SCOPE, id)).toMatchObject({
      status: 'FAILED',
      error: 'boom',
      finishedAt: later(5),
    });
    // A failed job is not claimed again.
    expect(await repo.claim({ now: later(LEASE_MS * 10), leaseMs: LEASE_MS })).toBeNull();
  });
});
