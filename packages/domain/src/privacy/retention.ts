import { z } from 'zod';
import { addDays, addMonths, compareIsoDates, todayIn } from '../groups/dates.js';
import type { IsoDate } from '../groups/types.js';

/**
 * How long a district keeps what identifies a person, in months. When the time is up, the
 * retention job removes names, contact details and notes and keeps what statistics count.
 */
export interface RetentionSettings {
  /** After a follow-up case is closed. */
  closedCaseMonths: number;
  /** After an inquiry was received, when no case was opened from it. */
  inquiryWithoutCaseMonths: number;
  /** After a volunteer peer stopped. */
  stoppedPeerMonths: number;
}

export const DEFAULT_RETENTION_SETTINGS: Readonly<RetentionSettings> = Object.freeze({
  closedCaseMonths: 12,
  inquiryWithoutCaseMonths: 6,
  stoppedPeerMonths: 24,
});

export const MIN_RETENTION_MONTHS = 1;
export const MAX_RETENTION_MONTHS = 60;

const RANGE = { minimum: MIN_RETENTION_MONTHS, maximum: MAX_RETENTION_MONTHS };

// One reason whatever is wrong with the number (its text names the range).
const months = z
  .number({ message: 'RETENTION_MONTHS_RANGE' })
  .nullish()
  .superRefine((value, ctx) => {
    if (value === null || value === undefined) return;
    if (!Number.isInteger(value) || value < RANGE.minimum || value > RANGE.maximum)
      ctx.addIssue({ code: 'custom', message: 'RETENTION_MONTHS_RANGE' });
  });

/** A district's retention settings; a setting left out keeps its default. */
export const retentionSettingsInputSchema = z
  .object(
    { closedCaseMonths: months, inquiryWithoutCaseMonths: months, stoppedPeerMonths: months },
    { message: 'RETENTION_INCOMPLETE' },
  )
  .transform((input): RetentionSettings => ({
    closedCaseMonths: input.closedCaseMonths ?? DEFAULT_RETENTION_SETTINGS.closedCaseMonths,
    inquiryWithoutCaseMonths: input.inquiryWithoutCaseMonths ?? DEFAULT_RETENTION_SETTINGS.inquiryWithoutCaseMonths,
    stoppedPeerMonths: input.stoppedPeerMonths ?? DEFAULT_RETENTION_SETTINGS.stoppedPeerMonths,
  }));

/** A day, or an instant taken as its calendar day in Europe/Oslo. */
export type DayOrInstant = IsoDate | Date;

const dayOf = (value: DayOrInstant): IsoDate => (typeof value === 'string' ? value : todayIn(value));

/** The first day a record dated `from` is due, `months` later (month ends clamp: 31 Jan + 1 = 28 Feb). */
export function retentionDueOn(from: DayOrInstant, months: number): IsoDate {
  const day = dayOf(from);
  return addMonths(day, months);
}

const isDue = (from: DayOrInstant, months: number, today: IsoDate) =>
  compareIsoDates(retentionDueOn(from, months), today) <= 0;

export interface CaseRetentionFacts {
  id: string;
  /** Null while the case is open or paused: only closed cases run out. */
  closedOn: DayOrInstant | null;
  anonymised: boolean;
}

export interface InquiryRetentionFacts {
  id: string;
  receivedOn: DayOrInstant;
  /** The case opened from it; such an inquiry goes with its case. */
  caseId: string | null;
  anonymised: boolean;
}

export interface PeerRetentionFacts {
  id: string;
  /** Null while the peer is still a volunteer. */
  stoppedOn: DayOrInstant | null;
  anonymised: boolean;
}

export interface RetentionRecords {
  cases: readonly CaseRetentionFacts[];
  inquiries: readonly InquiryRetentionFacts[];
  peers: readonly PeerRetentionFacts[];
}

export interface RetentionDue {
  caseIds: string[];
  inquiryIds: string[];
  peerIds: string[];
}

/**
 * Which records are due for anonymisation at `now`, in the order given. What is anonymised
 * already is never due again, so a second run finds nothing (the job is idempotent). An inquiry
 * with a case is due with its case (when the case is due now or was anonymised before); one
 * whose case is not among `cases` is left for the run that has it.
 */
export function dueForRetention(records: RetentionRecords, settings: RetentionSettings, now: Date): RetentionDue {
  const today = todayIn(now);
  const caseIds = records.cases
    .filter((c) => !c.anonymised && c.closedOn !== null && isDue(c.closedOn, settings.closedCaseMonths, today))
    .map((c) => c.id);
  const goneCases = new Set([...caseIds, ...records.cases.filter((c) => c.anonymised).map((c) => c.id)]);
  const inquiryIds = records.inquiries
    .filter((inquiry) => {
      if (inquiry.anonymised) return false;
      if (inquiry.caseId !== null) return goneCases.has(inquiry.caseId);
      return isDue(inquiry.receivedOn, settings.inquiryWithoutCaseMonths, today);
    })
    .map((inquiry) => inquiry.id);
  const peerIds = records.peers
    .filter((p) => !p.anonymised && p.stoppedOn !== null && isDue(p.stoppedOn, settings.stoppedPeerMonths, today))
    .map((p) => p.id);
  return { caseIds, inquiryIds, peerIds };
}

/**
 * The cut-off days for a database query: records dated on or before these days are due at
 * `now` (the same rule as dueForRetention, for a job that selects in SQL).
 */
export function retentionCutoffs(
  settings: RetentionSettings,
  now: Date,
): { casesClosedOnOrBefore: IsoDate; inquiriesReceivedOnOrBefore: IsoDate; peersStoppedOnOrBefore: IsoDate } {
  const today = todayIn(now);
  return {
    casesClosedOnOrBefore: latestDueDay(today, settings.closedCaseMonths),
    inquiriesReceivedOnOrBefore: latestDueDay(today, settings.inquiryWithoutCaseMonths),
    peersStoppedOnOrBefore: latestDueDay(today, settings.stoppedPeerMonths),
  };
}

/*
 * The latest day d with d + months <= today. addMonths clamps month ends (30 and 31 January
 * + 1 month are both 28 February), so several days can fall due on one day: step forward from
 * today - months while the next day is still due.
 */
function latestDueDay(today: IsoDate, months: number): IsoDate {
  let day = addMonths(today, -months);
  while (compareIsoDates(addMonths(addDays(day, 1), months), today) <= 0) day = addDays(day, 1);
  return day;
}

/**
 * Records kept for security and operation, not about anyone's health: sessions, login attempts,
 * password links and revoked calendar links. The retention job deletes them this many days after
 * they were last of use (expired, revoked or made), which leaves a quarter for a security review
 * of who logged in from where (decision 0038).
 */
export const SECURITY_RECORD_RETENTION_DAYS = 90;
