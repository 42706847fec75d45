import { describe, expect, it } from 'vitest';
import { renderRefusal } from '../messages/index.js';
import { qualificationCutoff, qualificationLapsesOn, qualificationOf, qualificationStatus } from './qualification.js';
import { assignmentRefusal } from './rules.js';

describe('qualificationStatus', () => {
  it('is IN_TRAINING without a completed basic course, whatever else', () => {
    expect(qualificationStatus({ basicCompletedOn: null, latestQualifyingOn: null }, '2026-11-22', 36)).toBe(
      'IN_TRAINING',
    );
    expect(qualificationStatus({ basicCompletedOn: null, latestQualifyingOn: '2026-10-01' }, '2026-11-22', 36)).toBe(
      'IN_TRAINING',
    );
  });

  it('is QUALIFIED within the interval and LAPSED from the day it ends', () => {
    const dates = { basicCompletedOn: '2023-11-22', latestQualifyingOn: '2023-11-22' };
    expect(qualificationStatus(dates, '2026-11-21', 36)).toBe('QUALIFIED');
    expect(qualificationStatus(dates, '2026-11-22', 36)).toBe('LAPSED');
    expect(qualificationLapsesOn('2023-11-22', 36)).toBe('2026-11-22');
  });

  it('counts a refresher after the basic course', () => {
    const dates = { basicCompletedOn: '2020-01-10', latestQualifyingOn: '2025-05-01' };
    expect(qualificationStatus(dates, '2026-11-22', 36)).toBe('QUALIFIED');
    expect(qualificationOf(dates, '2026-11-22', 36)).toEqual({ ...dates, status: 'QUALIFIED', lapsesOn: '2028-05-01' });
  });

  it('follows the district interval', () => {
    const dates = { basicCompletedOn: '2025-01-15', latestQualifyingOn: '2025-01-15' };
    expect(qualificationStatus(dates, '2026-11-22', 36)).toBe('QUALIFIED');
    expect(qualificationStatus(dates, '2026-11-22', 12)).toBe('LAPSED');
    expect(qualificationOf(dates, '2026-11-22', 12).lapsesOn).toBe('2026-01-15');
  });

  it('agrees with the cutoff at month ends, where months are clamped', () => {
    const latest = '2026-01-31';
    const lapses = qualificationLapsesOn(latest, 1);
    expect(lapses).toBe('2026-03-01');
    expect(qualificationStatus({ basicCompletedOn: latest, latestQualifyingOn: latest }, '2026-02-28', 1)).toBe(
      'QUALIFIED',
    );
    expect(qualificationStatus({ basicCompletedOn: latest, latestQualifyingOn: latest }, lapses, 1)).toBe('LAPSED');
    expect(qualificationCutoff('2026-03-01', 1)).toBe('2026-02-01');
  });

  it('explains why a facilitator cannot be assigned', () => {
    expect(assignmentRefusal('QUALIFIED')).toBeNull();
    expect(renderRefusal(assignmentRefusal('LAPSED')!, 'nb')).toMatch(/utløpt.*oppfriskningskurs/);
    expect(renderRefusal(assignmentRefusal('IN_TRAINING')!, 'nb')).toMatch(/grunnkurset/);
  });
});
