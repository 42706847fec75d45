import { describe, expect, it } from 'vitest';
import { surveyAcceptsAnswers, surveyPhaseAt } from './phase.js';

const survey = { opensOn: '2026-12-01', closesOn: '2026-12-31' };

describe('survey phase (Europe/Oslo calendar days, both ends inclusive)', () => {
  it('opens at midnight in Norway and closes after the last day there', () => {
    expect(surveyPhaseAt(survey, new Date('2026-11-30T22:59:59Z'))).toBe('UPCOMING');
    expect(surveyPhaseAt(survey, new Date('2026-11-30T23:00:00Z'))).toBe('OPEN');
    expect(surveyPhaseAt(survey, new Date('2026-12-31T22:59:59Z'))).toBe('OPEN');
    expect(surveyPhaseAt(survey, new Date('2026-12-31T23:00:00Z'))).toBe('CLOSED');
  });

  it('refuses answers outside the days, with the day in the params', () => {
    expect(surveyAcceptsAnswers(survey, new Date('2026-12-10T12:00:00Z'))).toBeNull();
    expect(surveyAcceptsAnswers(survey, new Date('2026-11-10T12:00:00Z'))).toEqual({
      reason: 'SURVEY_NOT_OPEN_YET',
      params: { opensOn: '2026-12-01' },
    });
    expect(surveyAcceptsAnswers(survey, new Date('2027-01-10T12:00:00Z'))).toMatchObject({ reason: 'SURVEY_CLOSED' });
  });
});
