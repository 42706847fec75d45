import type { Database, RetentionRunRecord, RetentionSettingsRecord } from '@selvhjelp/db';
import { retentionSettingsInputSchema } from '@selvhjelp/domain';
import { parseInput } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { districtLeadScope, readScope, retentionRunsScope } from '../../kernel/policy.js';
import { pageSize } from '../../kernel/pagination.js';

/**
 * The districts' retention months and the retention job's runs (decision 0020). Neither holds
 * personal data (months per district; counts per run), so, like the district settings, they do
 * not pass the read path's hook or access log.
 */
export class RetentionService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
  ) {}

  /** The viewer's district, or every district for national roles. */
  settings(): Promise<RetentionSettingsRecord[]> {
    return this.db.repositories.retention.settings(readScope(this.viewer));
  }

  /** The district lead sets their own district's months; a month left out takes its default. */
  async update(input: unknown): Promise<RetentionSettingsRecord> {
    const scope = districtLeadScope(this.viewer);
    const settings = parseInput(retentionSettingsInputSchema, input, 'input');
    // districtLeadScope admits district leads only, whose district readScope has checked.
    return this.db.repositories.retention.updateSettings(scope, this.viewer.user.districtId!, settings);
  }

  runs(first: number | null | undefined): Promise<RetentionRunRecord[]> {
    const scope = retentionRunsScope(this.viewer);
    return this.db.repositories.retention.latestRuns(scope, pageSize(first));
  }
}
