// Fair use of the API (issue 14, decision 0034): budgets and the usage log. Other files import
// its types from here, never from the repository file, so imports point one way.

/** How an operation of an API client ended, as the usage log keeps it. */
export const API_USAGE_OUTCOMES = ['OK', 'ERROR', 'REFUSED', 'RATE_LIMITED'] as const;
export type ApiUsageOutcome = (typeof API_USAGE_OUTCOMES)[number];

/** A token bucket: up to `capacity` points, refilled continuously at `restoreRate` points a second. */
export interface BudgetSettings {
  capacity: number;
  restoreRate: number;
}

/** The answer to one charge: whether the cost was taken, and what the bucket holds now. */
export interface BudgetCharge {
  charged: boolean;
  /** Points in the bucket after the charge (or, when refused, without it). */
  available: number;
}

/** One operation in the usage log: no variables, no query text, no address, nothing personal. */
export interface NewApiUsageEntry {
  clientId: string;
  at: Date;
  /** The GraphQL operation name, or null for an anonymous one. */
  operationName: string | null;
  cost: number;
  outcome: ApiUsageOutcome;
  durationMs: number;
}

/** Counts of a stretch of the usage log: a day, an operation or the whole period. */
export interface ApiUsageCounts {
  requests: number;
  /** Refused for the budget (HTTP 429). */
  rateLimited: number;
  /** Answered with an error, or refused before running (limits, validation). */
  errors: number;
  pointsSpent: number;
}

export interface ApiUsageSummary extends ApiUsageCounts {
  /** Days with use, oldest first; `day` is the calendar day in Norway (yyyy-mm-dd). */
  perDay: (ApiUsageCounts & { day: string })[];
  /** Operations by points spent, most first (anonymous operations have a null name). */
  perOperation: (ApiUsageCounts & { operationName: string | null })[];
}

/** Operations listed per client in a summary; the rest still count in the totals. */
export const MAX_USAGE_OPERATIONS = 50;
/** Days a summary may span: the 13 months the log is kept. */
export const MAX_USAGE_DAYS = 396;
/** How long the usage log is kept: a year and a month, so a year can be compared with the last. */
export const API_USAGE_RETENTION_MONTHS = 13;
