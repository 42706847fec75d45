import { NATIONAL_SCOPE, districtScope } from '@selvhjelp/domain';
import type { DistrictId } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { randomTokenHash, testBackends } from '../../testing/index.js';
import type { NewApiUsageEntry } from './types.js';

const now = new Date('2026-12-05T10:00:00.000Z');
// So slow that nothing refills while a test runs: the levels below are exact to a hundredth.
const still = { capacity: 10, restoreRate: 0.0001 };

describe.each(testBackends())('ApiUsageRepository on $name', ({ open }) => {
  let db: Database;
  const usage = () => db.repositories.apiUsage;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  async function client(districtIds: DistrictId[] = ['vest']): Promise<string> {
    const created = await db.repositories.apiClients.create(NATIONAL_SCOPE, {
      data: {
        name: 'NAV Bergen',
        contactName: 'Kari Nordmann',
        contactEmail: 'kari@nav.example',
        organisationNumber: null,
        partnerId: null,
        scopes: ['groups:read'],
        districtIds,
        expiresAt: null,
      },
      secret: { secretHash: randomTokenHash(), lastFour: 'abcd' },
      createdById: null,
      now,
    });
    return created.id;
  }

  it('takes a cost while the bucket holds it, and nothing from a refused one', async () => {
    const id = await client();
    expect(await usage().available(id, still)).toBe(10);
    const first = await usage().charge(id, 6, still);
    expect(first.charged).toBe(true);
    expect(first.available).toBeCloseTo(4, 2);
    const refused = await usage().charge(id, 5, still);
    expect(refused.charged).toBe(false);
    expect(refused.available).toBeCloseTo(4, 2);
    const rest = await usage().charge(id, 4, still);
    expect(rest.charged).toBe(true);
    expect(rest.available).toBeCloseTo(0, 2);
    // More than the bucket can ever hold is refused at once, even on first use.
    const other = await client();
    expect(await usage().charge(other, 11, still)).toEqual({ charged: false, available: 10 });
    expect(await usage().available(other, still)).toBe(10);
  });

  it('lets exactly the capacity through when many charges race', async () => {
    const id = await client();
    const answers = await Promise.all(Array.from({ length: 25 }, () => usage().charge(id, 1, still)));
    expect(answers.filter((answer) => answer.charged)).toHaveLength(10);
  });

  it('refills by the database clock, never above the capacity', async () => {
    const id = await client();
    const fast = { capacity: 10, restoreRate: 200 };
    expect((await usage().charge(id, 10, fast)).charged).toBe(true);
    // 200 points a second: the bucket is full again within a twentieth of a second; wait for it.
    let level = 0;
    for (let attempt = 0; attempt < 200 && level < 10; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      level = await usage().available(id, fast);
    }
    expect(level).toBe(10);
    const again = await usage().charge(id, 10, fast);
    expect(again.charged).toBe(true);
    expect(again.available).toBeLessThan(10);
  });

  it('keeps the usage log, sums it per day and operation in its client’s scope, and prunes it after 13 months', async () => {
    const vestClient = await client(['vest']);
    const wide = await client(['vest', 'nord']);
    const quiet = await client(['vest']);
    const entry = (overrides: Partial<NewApiUsageEntry>): NewApiUsageEntry => ({
      clientId: vestClient,
      at: now,
      operationName: 'Groups',
      cost: 5,
      outcome: 'OK',
      durationMs: 12,
      ...overrides,
    });
    const written = await usage().append([
      entry({}),
      entry({ at: new Date('2026-12-04T23:30:00.000Z') }), // 5 December in Norway
      entry({ at: new Date('2026-12-03T10:00:00.000Z'), operationName: null, cost: 1, outcome: 'ERROR' }),
      entry({ operationName: 'Activities', cost: 0, outcome: 'RATE_LIMITED' }),
      entry({ at: new Date('2025-10-01T10:00:00.000Z') }),
      entry({ clientId: wide, cost: 50 }),
      entry({ clientId: '00000000-0000-4000-8000-000000000000' }),
    ]);
    expect(written).toBe(6);

    const since = new Date('2026-11-05T00:00:00.000Z');
    const national = await usage().summaries(NATIONAL_SCOPE, [vestClient, wide, quiet], since);
    expect(national.get(vestClient)).toEqual({
      requests: 4,
      rateLimited: 1,
      errors: 1,
      pointsSpent: 11,
      perDay: [
        { day: '2026-12-03', requests: 1, rateLimited: 0, errors: 1, pointsSpent: 1 },
        { day: '2026-12-05', requests: 3, rateLimited: 1, errors: 0, pointsSpent: 10 },
      ],
      perOperation: [
        { operationName: 'Groups', requests: 2, rateLimited: 0, errors: 0, pointsSpent: 10 },
        { operationName: null, requests: 1, rateLimited: 0, errors: 1, pointsSpent: 1 },
        { operationName: 'Activities', requests: 1, rateLimited: 1, errors: 0, pointsSpent: 0 },
      ],
    });
    expect(national.get(quiet)).toEqual({
      requests: 0,
      rateLimited: 0,
      errors: 0,
      pointsSpent: 0,
      perDay: [],
      perOperation: [],
    });
    expect(national.get(wide)?.pointsSpent).toBe(50);
    // A district lead sees the clients of their own district only.
    const vest = await usage().summaries(districtScope('vest'), [vestClient, wide], since);
    expect([...vest.keys()]).toEqual([vestClient]);
    expect((await usage().summaries(districtScope('nord'), [vestClient], since)).size).toBe(0);

    expect(await usage().prune(now)).toBe(1);
    const all = await usage().summaries(NATIONAL_SCOPE, [vestClient], new Date(0));
    expect(all.get(vestClient)?.requests).toBe(4);
  });
});
