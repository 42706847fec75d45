import type { DistrictId, RetentionSettings } from '@selvhjelp/domain';
import { DEFAULT_RETENTION_SETTINGS, MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS } from '@selvhjelp/domain';
import type { DbClient } from '../../sql/client.js';
import type { RetentionSettingsRecord } from './types.js';

const SELECT = {
  districtId: true,
  closedCaseMonths: true,
  inquiryWithoutCaseMonths: true,
  stoppedPeerMonths: true,
} as const;

/** The retention months of the given districts, defaults where a district has no row: one query. */
export async function retentionSettingsOf(
  client: DbClient,
  districtIds: readonly DistrictId[],
): Promise<RetentionSettingsRecord[]> {
  const rows = districtIds.length
    ? await client.districtSetting.findMany({ where: { districtId: { in: [...districtIds] } }, select: SELECT })
    : [];
  const stored = new Map(rows.map((row) => [row.districtId, row]));
  return districtIds.map((districtId) => {
    const row = stored.get(districtId);
    return row
      ? {
          districtId,
          closedCaseMonths: row.closedCaseMonths,
          inquiryWithoutCaseMonths: row.inquiryWithoutCaseMonths,
          stoppedPeerMonths: row.stoppedPeerMonths,
          stored: true,
        }
      : { districtId, ...DEFAULT_RETENTION_SETTINGS, stored: false };
  });
}

/** RangeError for months outside the domain's range (the gateway validates first). */
export function assertRetentionSettings(settings: RetentionSettings): void {
  for (const [field, value] of Object.entries(settings)) {
    if (!Number.isInteger(value) || value < MIN_RETENTION_MONTHS || value > MAX_RETENTION_MONTHS) {
      throw new RangeError(`${field} must be an integer from ${MIN_RETENTION_MONTHS} to ${MAX_RETENTION_MONTHS}.`);
    }
  }
}

/** Stores all three months (a district row that does not exist yet is created with them). */
export async function storeRetentionSettings(
  client: DbClient,
  districtId: DistrictId,
  settings: RetentionSettings,
): Promise<RetentionSettingsRecord> {
  const months = {
    closedCaseMonths: settings.closedCaseMonths,
    inquiryWithoutCaseMonths: settings.inquiryWithoutCaseMonths,
    stoppedPeerMonths: settings.stoppedPeerMonths,
  };
  const row = await client.districtSetting.upsert({
    where: { districtId },
    create: { districtId, ...months },
    update: months,
    select: SELECT,
  });
  return { ...row, districtId, stored: true };
}
