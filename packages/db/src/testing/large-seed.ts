import type { Database } from '../database.js';
import { prepareDatabase } from '../prepare.js';
import { LARGE_GROUP_COUNT, inflateGroups } from '../seed/scale.js';
import type { ScaleReport } from '../seed/scale-overview.js';
import { inflateOverview } from '../seed/scale-overview.js';

/**
 * What `pnpm db:seed --scale large` makes, on a test database: the demo data (its accounts sign
 * in), 20,000 groups and the registries at scale. For tests of the whole stack at that size (the
 * national dashboard's e2e), which may import this package's testing entry only.
 */
export async function seedLargeScale(db: Database): Promise<ScaleReport & { groups: number }> {
  await prepareDatabase(db, { seed: 'if-empty' });
  const groups = await inflateGroups(db, LARGE_GROUP_COUNT);
  return { ...(await inflateOverview(db)), groups };
}
