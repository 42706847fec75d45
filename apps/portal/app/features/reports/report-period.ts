/** The report period form's fields, shared by the page and its server module. */
export type ReportPeriodField = 'from' | 'to';
export const REPORT_PERIOD_FIELDS: readonly ReportPeriodField[] = ['from', 'to'];
