import { describe, expect, it } from 'vitest';
import { refusalsOfZodError } from '../messages/index.js';
import type { RetentionRecords } from './retention.js';
import {
  DEFAULT_RETENTION_SETTINGS,
  dueForRetention,
  retentionCutoffs,
  retentionDueOn,
  retentionSettingsInputSchema,
} from './retention.js';

// Noon in Oslo on 2027-06-15.
const NOW = new Date('2027-06-15T10:00:00Z');

describe('retentionDueOn', () => {
  it('is the same day the given number of months later, month ends clamped', () => {
    expect(retentionDueOn('2026-06-15', 12)).toBe('2027-06-15');
    expect(retentionDueOn('2026-08-31', 6)).toBe('2027-02-28');
    expect(retentionDueOn('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('takes an instant as its day in Oslo', () => {
    // 23:30 UTC on 31 December is already 1 January in Oslo.
    expect(retentionDueOn(new Date('2025-12-31T23:30:00Z'), 6)).toBe('2026-07-01');
  });
});

describe('dueForRetention', () => {
  const records: RetentionRecords = {
    cases: [
      { id: 'case-due-today', closedOn: '2026-06-15', anonymised: false },
      { id: 'case-not-yet', closedOn: '2026-06-16', anonymised: false },
      { id: 'case-open', closedOn: null, anonymised: false },
      { id: 'case-done', closedOn: '2025-01-01', anonymised: true },
      { id: 'case-closed-instant', closedOn: new Date('2026-06-14T22:30:00Z'), anonymised: false },
    ],
    inquiries: [
      { id: 'inquiry-due', receivedOn: '2026-12-15', caseId: null, anonymised: false },
      { id: 'inquiry-not-yet', receivedOn: '2026-12-16', caseId: null, anonymised: false },
      { id: 'inquiry-of-due-case', receivedOn: '2026-01-01', caseId: 'case-due-today', anonymised: false },
      { id: 'inquiry-of-open-case', receivedOn: '2020-01-01', caseId: 'case-open', anonymised: false },
      { id: 'inquiry-of-anonymised-case', receivedOn: '2024-12-01', caseId: 'case-done', anonymised: false },
      { id: 'inquiry-of-unknown-case', receivedOn: '2020-01-01', caseId: 'elsewhere', anonymised: false },
      { id: 'inquiry-done', receivedOn: '2020-01-01', caseId: null, anonymised: true },
    ],
    peers: [
      { id: 'peer-due', stoppedOn: '2025-06-15', anonymised: false },
      { id: 'peer-not-yet', stoppedOn: '2025-06-16', anonymised: false },
      { id: 'peer-active', stoppedOn: null, anonymised: false },
    ],
  };

  it('finds exactly the records whose time is up, with the defaults', () => {
    expect(dueForRetention(records, DEFAULT_RETENTION_SETTINGS, NOW)).toEqual({
      caseIds: ['case-due-today', 'case-closed-instant'],
      inquiryIds: ['inquiry-due', 'inquiry-of-due-case', 'inquiry-of-anonymised-case'],
      peerIds: ['peer-due'],
    });
  });

  it('finds nothing more once those are anonymised (a second run changes nothing)', () => {
    const first = dueForRetention(records, DEFAULT_RETENTION_SETTINGS, NOW);
    const done = new Set([...first.caseIds, ...first.inquiryIds, ...first.peerIds]);
    const after: RetentionRecords = {
      cases: records.cases.map((r) => ({ ...r, anonymised: r.anonymised || done.has(r.id) })),
      inquiries: records.inquiries.map((r) => ({ ...r, anonymised: r.anonymised || done.has(r.id) })),
      peers: records.peers.map((r) => ({ ...r, anonymised: r.anonymised || done.has(r.id) })),
    };
    expect(dueForRetention(after, DEFAULT_RETENTION_SETTINGS, NOW)).toEqual({
      caseIds: [],
      inquiryIds: [],
      peerIds: [],
    });
  });

  it("follows the district's settings", () => {
    const due = dueForRetention(
      records,
      { closedCaseMonths: 24, inquiryWithoutCaseMonths: 1, stoppedPeerMonths: 60 },
      NOW,
    );
    expect(due.caseIds).toEqual([]);
    expect(due.inquiryIds).toEqual(['inquiry-due', 'inquiry-not-yet', 'inquiry-of-anonymised-case']);
    expect(due.peerIds).toEqual([]);
  });
});

describe('retentionCutoffs', () => {
  it('gives the last day that is due, for a query', () => {
    expect(retentionCutoffs(DEFAULT_RETENTION_SETTINGS, NOW)).toEqual({
      casesClosedOnOrBefore: '2026-06-15',
      inquiriesReceivedOnOrBefore: '2026-12-15',
      peersStoppedOnOrBefore: '2025-06-15',
    });
  });

  it('counts every month end that clamps to today', () => {
    // 29, 30 and 31 August + 6 months are all 28 February.
    const cutoff = retentionCutoffs(DEFAULT_RETENTION_SETTINGS, new Date('2027-02-28T12:00:00Z'));
    expect(cutoff.inquiriesReceivedOnOrBefore).toBe('2026-08-31');
    expect(retentionDueOn('2026-08-31', 6)).toBe('2027-02-28');
    expect(retentionDueOn('2026-09-01', 6)).toBe('2027-03-01');
  });

  it('agrees with dueForRetention day by day across a year', () => {
    for (let day = 0; day < 366; day += 1) {
      const now = new Date(Date.UTC(2027, 0, 1 + day, 12));
      const cutoff = retentionCutoffs(DEFAULT_RETENTION_SETTINGS, now).casesClosedOnOrBefore;
      const next = new Date(`${cutoff}T12:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      const cases = [
        { id: 'at', closedOn: cutoff, anonymised: false },
        { id: 'after', closedOn: next.toISOString().slice(0, 10), anonymised: false },
      ];
      expect(dueForRetention({ cases, inquiries: [], peers: [] }, DEFAULT_RETENTION_SETTINGS, now).caseIds).toEqual([
        'at',
      ]);
    }
  });
});

describe('retentionSettingsInputSchema', () => {
  it('keeps the default for a setting left out', () => {
    expect(retentionSettingsInputSchema.parse({ closedCaseMonths: 18 })).toEqual({
      closedCaseMonths: 18,
      inquiryWithoutCaseMonths: 6,
      stoppedPeerMonths: 24,
    });
  });

  it('refuses months out of range or not whole, naming the field', () => {
    const parsed = retentionSettingsInputSchema.safeParse({
      closedCaseMonths: 0,
      inquiryWithoutCaseMonths: 1.5,
      stoppedPeerMonths: '24',
    });
    expect(refusalsOfZodError(parsed.error!).map((r) => [r.field, r.reason])).toEqual([
      ['closedCaseMonths', 'RETENTION_MONTHS_RANGE'],
      ['inquiryWithoutCaseMonths', 'RETENTION_MONTHS_RANGE'],
      ['stoppedPeerMonths', 'RETENTION_MONTHS_RANGE'],
    ]);
  });
});
