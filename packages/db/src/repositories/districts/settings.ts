import type { DistrictId, Scope } from '@selvhjelp/domain';
import {
  DEFAULT_REFRESHER_INTERVAL_MONTHS,
  DISTRICT_IDS,
  districtIdsInScope,
  MAX_REFRESHER_INTERVAL_MONTHS,
  MIN_REFRESHER_INTERVAL_MONTHS,
} from '@selvhjelp/domain';
import { OutOfScopeError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { scopeAllowsDistrict } from '../../sql/client.js';
import type { DistrictSettingRecord } from './types.js';

/** Refresher interval per district (defaults filled in) for the given districts: one query. */
export async function refresherIntervals(
  client: DbClient,
  districtIds: readonly string[],
): Promise<Map<string, number>> {
  const wanted = [...new Set(districtIds)];
  const rows = wanted.length
    ? await client.districtSetting.findMany({
        where: { districtId: { in: wanted } },
        select: { districtId: true, refresherIntervalMonths: true },
      })
    : [];
  const found = new Map(rows.map((row) => [row.districtId, row.refresherIntervalMonths]));
  return new Map(wanted.map((id) => [id, found.get(id) ?? DEFAULT_REFRESHER_INTERVAL_MONTHS]));
}

export function districtsOfScope(scope: Scope): readonly DistrictId[] {
  return scope.kind === 'national' ? DISTRICT_IDS : districtIdsInScope(scope);
}

/** District settings; a district without a stored row has the defaults. */
export class DistrictSettingRepository {
  constructor(private readonly client: DbClient) {}

  /** Every district in the scope, in the reference order. */
  async list(scope: Scope): Promise<DistrictSettingRecord[]> {
    const districts = districtsOfScope(scope);
    const intervals = await refresherIntervals(this.client, districts);
    return districts.map((districtId) => ({ districtId, refresherIntervalMonths: intervals.get(districtId)! }));
  }

  /** Null when the district is not in the scope (or unknown). */
  async get(scope: Scope, districtId: string): Promise<DistrictSettingRecord | null> {
    if (!scopeAllowsDistrict(scope, districtId)) return null;
    const intervals = await refresherIntervals(this.client, [districtId]);
    return { districtId, refresherIntervalMonths: intervals.get(districtId)! };
  }

  /** OutOfScopeError outside the scope; RangeError for an interval outside 1–120 months. */
  async setRefresherInterval(scope: Scope, districtId: string, months: number): Promise<DistrictSettingRecord> {
    if (!scopeAllowsDistrict(scope, districtId)) throw new OutOfScopeError();
    if (!Number.isInteger(months) || months < MIN_REFRESHER_INTERVAL_MONTHS || months > MAX_REFRESHER_INTERVAL_MONTHS) {
      throw new RangeError(
        `refresherIntervalMonths must be an integer from ${MIN_REFRESHER_INTERVAL_MONTHS} to ${MAX_REFRESHER_INTERVAL_MONTHS}.`,
      );
    }
    const row = await this.client.districtSetting.upsert({
      where: { districtId },
      create: { districtId, refresherIntervalMonths: months },
      update: { refresherIntervalMonths: months },
    });
    return { districtId, refresherIntervalMonths: row.refresherIntervalMonths };
  }
}
