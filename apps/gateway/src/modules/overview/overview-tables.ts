import type { Database, OverviewCount, OverviewCoverageRecord, OverviewFigure } from '@selvhjelp/db';
import type { Locale, Scope, StatPeriod, StatTableKey } from '@selvhjelp/domain';
import { STAT_TABLES, STAT_TABLE_KEYS, municipalitiesInCounty } from '@selvhjelp/domain';
import type { DistrictId } from '@selvhjelp/domain';
import { COVERAGE_COLUMNS, TABLE_SOURCES, countiesOf, labelled, monthAxis, rowAxis } from './axes.js';
import type { CoverageCountyModel, OverviewModel, StatTableModel } from './models.js';
import type { TableLayout } from './stat-table.js';
import { countMatrix, maskLike, protectMatrix, statTable } from './stat-table.js';

/*
 * The overview's tables for a scope and districts already decided (by the policy in
 * OverviewService, or the report job's national scope): each table is one grouped statement's
 * counts laid out and protected here. A figure group read by two tables (courses and their
 * participants) is one statement, memoised on the model.
 */

export class OverviewTables {
  constructor(
    private readonly db: Database,
    private readonly threshold: number,
    private readonly locale: Locale,
  ) {}

  model(scope: Scope, districts: readonly DistrictId[], period: StatPeriod, isPrevious = false): OverviewModel {
    const repo = this.db.repositories.overview;
    const figures = new Map<OverviewFigure, Promise<OverviewCount[]>>();
    let coverage: Promise<OverviewCoverageRecord> | undefined;
    return {
      scope,
      districts,
      period,
      isPrevious,
      threshold: this.threshold,
      locale: this.locale,
      figure(figure) {
        let loaded = figures.get(figure);
        if (!loaded) figures.set(figure, (loaded = repo.figure(figure, scope, districts, period)));
        return loaded;
      },
      coverage: () => (coverage ??= repo.coverage(scope, districts, period)),
    };
  }

  tables(model: OverviewModel, keys: readonly StatTableKey[] | null | undefined): Promise<StatTableModel[]> {
    return Promise.all((keys ?? STAT_TABLE_KEYS).map((key) => this.table(model, key)));
  }

  async table(model: OverviewModel, key: StatTableKey): Promise<StatTableModel> {
    const rows = rowAxis(STAT_TABLES[key].rows, model.districts, model.period, model.locale);
    if (key === 'COVERAGE') {
      const layout: TableLayout = {
        key,
        rows,
        columns: labelled(COVERAGE_COLUMNS, model.locale),
        locale: model.locale,
      };
      const counties = await this.coverageCounties(model);
      const matrix = counties.map((county) => [county.covered, county.municipalities - county.covered]);
      return statTable(layout, protectMatrix(layout, matrix, model.threshold), model.threshold);
    }
    const source = TABLE_SOURCES[key];
    const columns =
      source.columns === 'MONTH' ? monthAxis(model.period, model.locale) : labelled(source.columns, model.locale);
    const layout: TableLayout = { key, rows, columns, locale: model.locale };
    const counts = await model.figure(source.figure);
    if (key === 'MINUTES_BY_CHANNEL') {
      // Hidden where the inquiry count of the same cell is hidden (see the SDL).
      const countLayout: TableLayout = { ...layout, key: 'INQUIRIES_BY_CHANNEL' };
      const protectedCounts = protectMatrix(
        countLayout,
        countMatrix(countLayout, counts, 'INQUIRIES:'),
        model.threshold,
      );
      return statTable(layout, maskLike(protectedCounts, countMatrix(layout, counts, source.prefix)), model.threshold);
    }
    return statTable(
      layout,
      protectMatrix(layout, countMatrix(layout, counts, source.prefix), model.threshold),
      model.threshold,
    );
  }

  async coverageCounties(model: OverviewModel): Promise<CoverageCountyModel[]> {
    const covered = new Set((await model.coverage()).coveredMunicipalityNumbers);
    return countiesOf(model.districts).map((county) => {
      const municipalities = municipalitiesInCounty(county.number);
      return {
        county,
        municipalities: municipalities.length,
        covered: municipalities.filter((municipality) => covered.has(municipality.number)).length,
      };
    });
  }

  async coveredMunicipalityNumbers(model: OverviewModel): Promise<string[]> {
    return (await model.coverage()).coveredMunicipalityNumbers;
  }
}
