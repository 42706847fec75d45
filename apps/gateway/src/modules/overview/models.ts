import type { OverviewCount, OverviewCoverageRecord, OverviewFigure } from '@selvhjelp/db';
import type { County, DistrictId, Locale, Scope, StatPeriod, StatTableKey } from '@selvhjelp/domain';

/** What an `Overview` field resolves from: the request's scope and period, figures loaded on demand. */
export interface OverviewModel {
  scope: Scope;
  districts: readonly DistrictId[];
  period: StatPeriod;
  /** The comparison period itself has no previous period. */
  isPrevious: boolean;
  threshold: number;
  locale: Locale;
  /** One statement per figure group, however many tables read it (memoised per model). */
  figure(figure: OverviewFigure): Promise<OverviewCount[]>;
  coverage(): Promise<OverviewCoverageRecord>;
}

export interface StatAxisItemModel {
  key: string;
  label: string;
}

export interface StatCountModel {
  value: number | null;
  display: string;
  suppressed: boolean;
}

export interface StatTableModel {
  key: StatTableKey;
  title: string;
  rowLabel: string;
  columnLabel: string;
  protected: boolean;
  rows: StatAxisItemModel[];
  columns: StatAxisItemModel[];
  cells: StatCountModel[][];
  rowTotals: StatCountModel[];
  columnTotals: StatCountModel[];
  total: StatCountModel;
  suppressed: boolean;
}

export interface CoverageCountyModel {
  county: County;
  municipalities: number;
  covered: number;
}
