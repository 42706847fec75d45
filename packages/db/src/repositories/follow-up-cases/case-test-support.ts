import { districtScope } from '@selvhjelp/domain';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../database.js';
import type { TestBackend } from '../../testing/index.js';

// What the case repository's test files share (kept out of the build, as every *-test-support file).

export const vest = districtScope('vest');
export const nord = districtScope('nord');

/** A fresh database of `backend` for a describe block's tests; `db` is there once they run. */
export function useCaseDatabase(open: TestBackend['open']): { db: Database } {
  const suite = {} as { db: Database };
  beforeAll(async () => {
    suite.db = await open();
  });
  afterAll(() => suite.db?.close());
  return suite;
}
