import { compareIsoDates, todayIn } from '../groups/dates.js';
import type { IsoDate } from '../groups/types.js';
import type { Refusal } from '../messages/refusal.js';
import { refusal } from '../messages/refusal.js';
import type { SurveyPhase } from './types.js';

/**
 * Where a survey stands on a calendar day. Both ends are whole days in Europe/Oslo and inclusive:
 * a survey that closes on the 31st takes answers until midnight in Norway, wherever the server is.
 */
export function surveyPhaseOn(survey: { opensOn: IsoDate; closesOn: IsoDate }, today: IsoDate): SurveyPhase {
  if (compareIsoDates(today, survey.opensOn) < 0) return 'UPCOMING';
  if (compareIsoDates(today, survey.closesOn) > 0) return 'CLOSED';
  return 'OPEN';
}

/** The survey's phase at an instant (the Oslo calendar day it is then). */
export function surveyPhaseAt(survey: { opensOn: IsoDate; closesOn: IsoDate }, now: Date): SurveyPhase {
  return surveyPhaseOn(survey, todayIn(now));
}

/** Answers are taken only while a survey is open. */
export function surveyAcceptsAnswers(survey: { opensOn: IsoDate; closesOn: IsoDate }, now: Date): Refusal | null {
  switch (surveyPhaseAt(survey, now)) {
    case 'OPEN':
      return null;
    case 'UPCOMING':
      return refusal('SURVEY_NOT_OPEN_YET', undefined, { opensOn: survey.opensOn });
    case 'CLOSED':
      return refusal('SURVEY_CLOSED', undefined, { closesOn: survey.closesOn });
  }
}
