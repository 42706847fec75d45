// The districts concept's records, inputs and limits. The concept's other files (and other
// concepts) import its types from here, never from a repository file, so imports point one way.
import type { DistrictId } from '@selvhjelp/domain';

export interface DistrictSettingRecord {
  districtId: DistrictId;
  refresherIntervalMonths: number;
}
