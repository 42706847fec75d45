import type { Database } from '@selvhjelp/db';
import type { DistrictId, Locale, Scope, StatTableKey } from '@selvhjelp/domain';
import { calendarYearOf, periodRefusal, previousYearPeriod } from '@selvhjelp/domain';
import { refused } from '../../kernel/errors.js';
import type { CoverageCountyModel, OverviewModel, StatTableModel } from './models.js';
import { OverviewTables } from './overview-tables.js';

/*
 * The overview (issue 13, decision 0024): the policy decides the districts and the period is
 * checked here; the tables are built by OverviewTables (one grouped statement per figure group,
 * laid out and protected), which the report job uses too.
 */

export interface OverviewArgs {
  period?: { from: string; to: string } | null;
  districts?: readonly string[] | null;
}

/** Which districts' overview a caller reads (the policy module's overviewScope or apiClientOverviewScope). */
export type OverviewScopeOf = (requested: readonly string[] | null | undefined) => {
  scope: Scope;
  districts: DistrictId[];
};

export class OverviewService {
  private readonly figures: OverviewTables;

  constructor(
    db: Database,
    private readonly scopeOf: OverviewScopeOf,
    private readonly now: () => Date,
    threshold: number,
    locale: Locale,
  ) {
    this.figures = new OverviewTables(db, threshold, locale);
  }

  overview(args: OverviewArgs): OverviewModel {
    const { scope, districts } = this.scopeOf(args.districts);
    const period = args.period ? { from: args.period.from, to: args.period.to } : calendarYearOf(this.now());
    const refusal = periodRefusal(period);
    if (refusal) throw refused({ ...refusal, field: `period.${refusal.field ?? 'to'}` });
    return this.figures.model(scope, districts, period);
  }

  previous(model: OverviewModel): OverviewModel | null {
    if (model.isPrevious) return null;
    return this.figures.model(model.scope, model.districts, previousYearPeriod(model.period), true);
  }

  tables(model: OverviewModel, keys: readonly StatTableKey[] | null | undefined): Promise<StatTableModel[]> {
    return this.figures.tables(model, keys);
  }

  table(model: OverviewModel, key: StatTableKey): Promise<StatTableModel> {
    return this.figures.table(model, key);
  }

  coverageCounties(model: OverviewModel): Promise<CoverageCountyModel[]> {
    return this.figures.coverageCounties(model);
  }

  coveredMunicipalityNumbers(model: OverviewModel): Promise<string[]> {
    return this.figures.coveredMunicipalityNumbers(model);
  }
}
