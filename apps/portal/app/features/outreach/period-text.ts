import type { Translate } from '../../shared/i18n/i18n';

/** The log's period in words ("1. des. 2025–1. des. 2026", "since …", "all"), for its status line and totals. */
export function activityPeriodText(
  t: Translate,
  formatDate: (isoDate: string) => string,
  { from, to }: { from: string; to: string },
): string {
  if (from && to) return t('outreach.period.between', { from: formatDate(from), to: formatDate(to) });
  if (from) return t('outreach.period.since', { from: formatDate(from) });
  if (to) return t('outreach.period.until', { to: formatDate(to) });
  return t('outreach.period.all');
}
