import type { Database } from '@selvhjelp/db';
import { insertRetentionTestInquiry, testBackends } from '@selvhjelp/db/testing';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import type { Logger } from '../src/logger.js';
import { RetentionSchedule } from '../src/modules/retention/retention-schedule.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

// The retention job on the gateways' timers (decision 0020): two gateway processes on one
// database (here: two gateways on one database, each request and run on a connection of its own)
// run it once between them, shortly after they start; a failing run is logged, never thrown.

async function until(condition: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(testBackends())('the retention schedule on $name', (backend) => {
  let db: Database;
  let gateways: TestGateway[] = [];
  let inquiryId: string;

  beforeAll(async () => {
    db = await backend.open();
    inquiryId = await insertRetentionTestInquiry(db, { receivedOn: '2020-01-01' });
    const retention = { intervalMinutes: 60, firstRunDelayMs: 0 };
    // One after the other: both seed the demo data when the database is empty.
    gateways = [await startTestGateway(db, { retention }), await startTestGateway(db, { retention })];
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await db?.close();
  });

  it('runs the job once across two gateways, soon after they start', async () => {
    const runs = () => db.repositories.retention.latestRuns(NATIONAL_SCOPE, 10);
    await until(async () => (await runs()).length > 0);
    // Whatever each gateway's first tick did, a tick now waits for it or finds the run recent.
    const ticks = await Promise.all(gateways.map((gateway) => gateway.retentionSchedule.tick()));
    for (const tick of ticks) expect(tick?.status).toBe('skipped');

    const recorded = await runs();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ trigger: 'SCHEDULED', inquiriesAnonymised: expect.any(Number) as number });
    const log = await db.repositories.accessLog.listForRecord(NATIONAL_SCOPE, 'INQUIRY', inquiryId, { first: 5 });
    expect(log.nodes).toEqual([expect.objectContaining({ action: 'ANONYMISE', role: 'SYSTEM' })]);
    const logged = gateways.flatMap((gateway) => gateway.logs.filter((line) => line.message === 'retention run'));
    expect(logged).toHaveLength(1);
  });

  it('stops with the gateway', async () => {
    const [first] = gateways;
    await first!.close();
    gateways = gateways.slice(1);
    expect(await first!.retentionSchedule.tick()).toBeNull();
  });
});

describe('a failing retention run', () => {
  const lines: string[] = [];
  const quiet = createLogger('silent');
  const logger: Logger = { ...quiet, error: (message) => lines.push(message) };

  it('is logged and the schedule goes on', async () => {
    const [backend] = testBackends();
    const closed = await backend!.open();
    await closed.close();
    const schedule = new RetentionSchedule(closed, logger, { intervalMinutes: 60, firstRunDelayMs: 60_000 });
    schedule.start();
    expect(await schedule.tick()).toBeNull();
    expect(await schedule.tick()).toBeNull();
    expect(lines).toEqual([
      'retention run failed; the next one tries again',
      'retention run failed; the next one tries again',
    ]);
    await schedule.stop();
  });
});
