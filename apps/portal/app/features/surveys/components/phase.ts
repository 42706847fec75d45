import type { SurveyPhase } from '../../../generated/graphql';

/** A survey's phase as a tag's colour: open is the one that matters now. */
export const PHASE_COLOR: Readonly<Record<SurveyPhase, 'success' | 'info' | 'neutral'>> = {
  UPCOMING: 'info',
  OPEN: 'success',
  CLOSED: 'neutral',
};
