import type { IsoDate } from '@selvhjelp/domain';
import { isIsoDate, periodRefusal } from '@selvhjelp/domain';
import { badUserInput, refused } from '../../kernel/errors.js';

/** A report's period as asked for: the overview's rule (from ≤ to, at most ten years). */
export function parseReportPeriod(period: { from: string; to: string }): { from: IsoDate; to: IsoDate } {
  if (!isIsoDate(period.from)) throw badUserInput('period.from', 'INVALID_DATE');
  if (!isIsoDate(period.to)) throw badUserInput('period.to', 'INVALID_DATE');
  const refusal = periodRefusal(period);
  if (refusal) throw refused({ ...refusal, field: `period.${refusal.field ?? 'to'}` });
  return { from: period.from, to: period.to };
}
