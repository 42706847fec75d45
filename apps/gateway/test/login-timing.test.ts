import type { Database } from '@selvhjelp/db';
import { createTestStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

const LOGIN = graphql(`
  mutation TimedLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);
const TRIES = 50;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// The acceptance asks for a measurement: medians of 50 interleaved tries, within 10 %.
describe.each(testBackends())('login timing on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  /** A user with a password, so a wrong one is verified against a real hash. */
  let knownEmail: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    knownEmail = (await createTestStaffUser(db, { password: 'det riktige passordet' })).email;
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it('takes as long for an unknown email as for a wrong password', { timeout: 300_000 }, async () => {
    let round = 0;
    const timed = async (email: string) => {
      // Past every throttle window, so each try verifies a password instead of being refused early.
      gateway.clock.advance(24 * 60 * 60_000);
      const started = performance.now();
      const result = await gateway.run(LOGIN, { email, password: 'not-the-password-at-all' });
      const elapsed = performance.now() - started;
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(result.errors?.[0]?.extensions?.retryAfterSeconds).toBeUndefined();
      return elapsed;
    };
    const measure = async () => {
      round++;
      const known: number[] = [];
      const unknown: number[] = [];
      for (let warmUp = 0; warmUp < 5; warmUp++) {
        await timed(knownEmail);
        await timed(`warm${round}.${warmUp}.nobody@demo.selvhjelp.no`);
      }
      for (let attempt = 0; attempt < TRIES; attempt++) {
        // Alternate which goes first so that drift in the machine's load hits both alike.
        const unknownEmail = `nobody${round}.${attempt}@demo.selvhjelp.no`;
        if (attempt % 2 === 0) {
          known.push(await timed(knownEmail));
          unknown.push(await timed(unknownEmail));
        } else {
          unknown.push(await timed(unknownEmail));
          known.push(await timed(knownEmail));
        }
      }
      const knownMedian = median(known);
      const unknownMedian = median(unknown);
      console.info(
        `login timing on ${backend.name}: wrong password ${knownMedian.toFixed(1)} ms, unknown email ${unknownMedian.toFixed(1)} ms`,
      );
      return Math.abs(unknownMedian - knownMedian) / knownMedian;
    };
    // The machine running the tests may be busy with other work; a real leak (the old one was
    // 40 % and more) shows in every round, a burst of load from elsewhere rarely in three.
    let difference = await measure();
    while (difference >= 0.1 && round < 3) difference = await measure();
    expect(difference).toBeLessThan(0.1);
  });
});
