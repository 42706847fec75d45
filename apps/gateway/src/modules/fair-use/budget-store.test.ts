import { randomUUID } from 'node:crypto';
import type { Database } from '@selvhjelp/db';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { randomTokenHash, testBackends } from '@selvhjelp/db/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetStore } from './budget-store.js';
import { DatabaseBudgetStore, RedisBudgetStore } from './budget-store.js';

// The one interface on each store (decision 0034): the same answers from the database's statement
// and Redis's script. Nothing refills at this rate while a test runs.
const still = { capacity: 10, restoreRate: 0.0001 };
const { TEST_REDIS_URL } = process.env;

describe.each(testBackends())('budget stores beside $name', (backend) => {
  let db: Database;
  let redis: Redis | undefined;
  const stores: { name: string; make(): BudgetStore }[] = [
    { name: 'database', make: () => new DatabaseBudgetStore(db) },
    ...(TEST_REDIS_URL
      ? [{ name: 'redis', make: () => new RedisBudgetStore(redis!, `selvhjelp-test:budget:${randomUUID()}`) }]
      : []),
  ];

  beforeAll(async () => {
    db = await backend.open();
    if (TEST_REDIS_URL) redis = new Redis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    await redis?.quit();
    await db?.close();
  });

  async function clientId(): Promise<string> {
    const created = await db.repositories.apiClients.create(NATIONAL_SCOPE, {
      data: {
        name: 'Bergen kommune',
        contactName: 'Ola Nordmann',
        contactEmail: 'ola@bergen.example',
        organisationNumber: null,
        partnerId: null,
        scopes: ['groups:read'],
        districtIds: ['vest'],
        expiresAt: null,
      },
      secret: { secretHash: randomTokenHash(), lastFour: 'abcd' },
      createdById: null,
      now: new Date(),
    });
    return created.id;
  }

  for (const { name, make } of stores) {
    it(`${name}: takes what fits, nothing from a refusal, and exactly the capacity from a race`, async () => {
      const store = make();
      const id = await clientId();
      expect(await store.available(id, still)).toBeCloseTo(10, 2);
      const taken = await store.charge(id, 7, still);
      expect(taken.charged).toBe(true);
      expect(taken.available).toBeCloseTo(3, 2);
      const refused = await store.charge(id, 4, still);
      expect(refused.charged).toBe(false);
      expect(refused.available).toBeCloseTo(3, 2);
      expect(await store.available(id, still)).toBeCloseTo(3, 2);
      expect((await store.charge(id, 11, still)).charged).toBe(false);

      const racer = await clientId();
      const answers = await Promise.all(Array.from({ length: 25 }, () => store.charge(racer, 1, still)));
      expect(answers.filter((answer) => answer.charged)).toHaveLength(10);
    });
  }
});
