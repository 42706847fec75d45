import type { IsoDate } from '@selvhjelp/domain';
import { compareIsoDates, isIsoDate } from '@selvhjelp/domain';
import { badUserInput } from '../../kernel/errors.js';

/** A report's period as asked for: two calendar days, the first not after the second. */
export function parseReportPeriod(period: { from: string; to: string }): { from: IsoDate; to: IsoDate } {
  if (!isIsoDate(period.from)) throw badUserInput('period.from', 'INVALID_DATE');
  if (!isIsoDate(period.to)) throw badUserInput('period.to', 'INVALID_DATE');
  if (compareIsoDates(period.to, period.from) < 0) throw badUserInput('period.to', 'INVALID_DATE');
  return { from: period.from, to: period.to };
}
