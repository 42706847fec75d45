import type { Database } from '@selvhjelp/db';
import type { TestBackend, TestStaffUserData } from '@selvhjelp/db/testing';
import { createSignedInStaffUser } from '@selvhjelp/db/testing';
import { afterAll, beforeAll } from 'vitest';
import type { TestGateway, TestGatewayOptions } from './harness.js';
import { startTestGateway } from './harness.js';

export interface GatewaySuiteOptions<U extends string> {
  /** Where the gateway's clock starts (an ISO instant); default: the real time. */
  at?: string;
  /** Runs on the database before the users are made, e.g. to clear demo data the tests count. */
  prepare?: (db: Database) => Promise<void>;
  /** Staff users signed in at the clock's time, by the name the tests use for their token. */
  users?: Record<U, TestStaffUserData>;
  gateway?: TestGatewayOptions;
}

export interface GatewaySuite<U extends string> {
  db: Database;
  gateway: TestGateway;
  /** The session tokens of `users`, by name. */
  tokens: Record<U, string>;
}

/**
 * A describe block's gateway on a fresh database of `backend`: opened (with its users signed in)
 * before the block's tests and closed after them. The fields are there once the tests run.
 */
export function useTestGateway<U extends string = never>(
  backend: TestBackend,
  options: GatewaySuiteOptions<U> = {},
): GatewaySuite<U> {
  const suite = { tokens: {} } as GatewaySuite<U>;
  beforeAll(async () => {
    suite.db = await backend.open({ seed: 'demo' });
    suite.gateway = await startTestGateway(suite.db, options.gateway);
    if (options.at) suite.gateway.clock.now = new Date(options.at);
    await options.prepare?.(suite.db);
    for (const [name, data] of Object.entries(options.users ?? {}) as [U, TestStaffUserData][]) {
      suite.tokens[name] = (await createSignedInStaffUser(suite.db, data, { now: suite.gateway.clock.now })).token;
    }
  });
  afterAll(async () => {
    await suite.gateway?.close();
    await suite.db?.close();
  });
  return suite;
}
