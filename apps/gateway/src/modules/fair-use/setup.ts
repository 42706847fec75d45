import type { Database } from '@selvhjelp/db';
import type { Logger } from '../../logger.js';
import type { BudgetStore } from './budget-store.js';
import { DatabaseBudgetStore } from './budget-store.js';
import type { FairUseSettings } from './fair-use.js';
import { DEFAULT_FAIR_USE, FairUse } from './fair-use.js';
import type { UsageLogSettings } from './usage-log.js';
import { DEFAULT_USAGE_LOG, UsageLog } from './usage-log.js';

export interface FairUseOptions extends Partial<FairUseSettings> {
  /** Where budgets live; default the database (main.ts gives Redis when REDIS_URL is set). */
  store?: BudgetStore;
  usageLog?: Partial<UsageLogSettings>;
}

export function createFairUse(db: Database, logger: Logger, options: FairUseOptions = {}): FairUse {
  const { store, usageLog, ...settings } = options;
  return new FairUse(
    store ?? new DatabaseBudgetStore(db),
    new UsageLog(db, logger, { ...DEFAULT_USAGE_LOG, ...usageLog }),
    { ...DEFAULT_FAIR_USE, ...Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) },
    logger,
  );
}
