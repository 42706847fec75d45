import type { DistrictId, IsoDate } from '@selvhjelp/domain';

/** Calendar days in Europe/Oslo, both inclusive. */
export interface OverviewPeriod {
  from: IsoDate;
  to: IsoDate;
}

/**
 * One count of a two-way figure: `row` is a district id (or a month `YYYY-MM` for the
 * per-month figures), `column` the category code. Categories with no records have no row:
 * the gateway lays the counts out over the full axes, so a missing cell is 0.
 */
export interface OverviewCount {
  row: string;
  column: string;
  value: number;
}

/** Coverage: the municipalities with at least one open group (STARTING/RUNNING) at period end. */
export interface OverviewCoverageRecord {
  coveredMunicipalityNumbers: string[];
}

/** The districts an overview covers: the viewer's scope, narrowed to the districts asked for. */
export type OverviewDistricts = readonly DistrictId[];
