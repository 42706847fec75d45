import { addDays, addMonths, compareIsoDates } from '../groups/dates.js';
import type { IsoDate } from '../groups/types.js';
import type { Qualification, QualificationDates, QualificationStatus } from './types.js';

/**
 * The earliest qualifying date that still counts on `today`: a facilitator is QUALIFIED while
 * their latest basic/refresher completion is after it. Databases filter with this same cutoff,
 * so a list filtered by status and the status shown on each row always agree.
 */
export function qualificationCutoff(today: IsoDate, refresherIntervalMonths: number): IsoDate {
  return addMonths(today, -refresherIntervalMonths);
}

/**
 * The first day the facilitator is LAPSED: the first day whose cutoff reaches the latest
 * qualifying date. Usually latest + interval; at month ends (31 Jan + 1 month) it can be a few
 * days later, because months are clamped.
 */
export function qualificationLapsesOn(latestQualifyingOn: IsoDate, refresherIntervalMonths: number): IsoDate {
  let day = addDays(addMonths(latestQualifyingOn, refresherIntervalMonths), -3);
  while (compareIsoDates(qualificationCutoff(day, refresherIntervalMonths), latestQualifyingOn) < 0)
    day = addDays(day, 1);
  return day;
}

/**
 * IN_TRAINING without a completed basic course; QUALIFIED while the latest basic/refresher
 * completion is within the refresher interval; LAPSED after that.
 */
export function qualificationStatus(
  dates: QualificationDates,
  today: IsoDate,
  refresherIntervalMonths: number,
): QualificationStatus {
  if (dates.basicCompletedOn === null) return 'IN_TRAINING';
  const latest = laterOf(dates.basicCompletedOn, dates.latestQualifyingOn);
  return compareIsoDates(latest, qualificationCutoff(today, refresherIntervalMonths)) > 0 ? 'QUALIFIED' : 'LAPSED';
}

/** Status with the dates it came from and the day it lapses. */
export function qualificationOf(
  dates: QualificationDates,
  today: IsoDate,
  refresherIntervalMonths: number,
): Qualification {
  const status = qualificationStatus(dates, today, refresherIntervalMonths);
  const latest =
    dates.basicCompletedOn === null
      ? dates.latestQualifyingOn
      : laterOf(dates.basicCompletedOn, dates.latestQualifyingOn);
  return {
    ...dates,
    latestQualifyingOn: latest,
    status,
    lapsesOn:
      status === 'IN_TRAINING' || latest === null ? null : qualificationLapsesOn(latest, refresherIntervalMonths),
  };
}

function laterOf(a: IsoDate, b: IsoDate | null): IsoDate {
  return b !== null && compareIsoDates(b, a) > 0 ? b : a;
}

/** "Needs attention": facilitators whose qualification lapses within this many months. */
export const LAPSING_SOON_MONTHS = 3;
/** "Needs attention": qualified facilitators without a group or course attended for this long. */
export const INACTIVE_AFTER_MONTHS = 12;
/** "Needs attention": groups still STARTING after this long. */
export const STARTING_TOO_LONG_MONTHS = 3;
