import type { Scope } from '@selvhjelp/domain';
import { districtIdsInScope } from '@selvhjelp/domain';
import type { SqlExecutor } from '../../sql/executor.js';
import { coverage, groupsByStatus, groupsByTheme, groupsStartedAndClosed, groupsStartedPerMonth } from './groups.js';
import {
  casesByState,
  inquiriesByAction,
  inquiriesByChannel,
  inquiriesByInquirer,
  inquiriesPerMonth,
  interestDemand,
} from './inquiries.js';
import { activitiesByType, coursesHeld, facilitatorQualifications, partnersByType } from './registries.js';
import type { OverviewCount, OverviewCoverageRecord, OverviewDistricts, OverviewPeriod } from './types.js';

/** The figure groups, each one grouped SQL statement (decision 0024). */
export const OVERVIEW_FIGURES = {
  groupsByStatus,
  groupsByTheme,
  groupsStartedAndClosed,
  groupsStartedPerMonth,
  facilitatorQualifications,
  coursesHeld,
  partnersByType,
  activitiesByType,
  inquiriesByChannel,
  inquiriesByInquirer,
  inquiriesByAction,
  inquiriesPerMonth,
  casesByState,
  interestDemand,
} as const;

export type OverviewFigure = keyof typeof OVERVIEW_FIGURES;

/**
 * The overview's aggregates. Every call takes the viewer's scope and the districts asked for;
 * districts outside the scope are dropped in the repository, so a caller cannot widen it.
 */
export class OverviewRepository {
  constructor(private readonly sql: SqlExecutor) {}

  /** The districts both in `scope` and in `requested` (all of the scope when not given), in reference order. */
  static districts(scope: Scope, requested?: readonly string[]): OverviewDistricts {
    const inScope = districtIdsInScope(scope);
    return requested ? inScope.filter((id) => requested.includes(id)) : inScope;
  }

  figure(
    figure: OverviewFigure,
    scope: Scope,
    requested: readonly string[] | undefined,
    period: OverviewPeriod,
  ): Promise<OverviewCount[]> {
    return OVERVIEW_FIGURES[figure](this.sql, OverviewRepository.districts(scope, requested), period);
  }

  coverage(
    scope: Scope,
    requested: readonly string[] | undefined,
    period: OverviewPeriod,
  ): Promise<OverviewCoverageRecord> {
    return coverage(this.sql, OverviewRepository.districts(scope, requested), period);
  }
}
