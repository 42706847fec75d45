import type { Labels } from '../groups/labels.js';
import type { PeerDistance } from './matching.js';
import type { PeerAvailability, PeerGender } from './types.js';

export const PEER_AVAILABILITY_LABELS: Readonly<Record<PeerAvailability, Labels>> = {
  AVAILABLE: { nb: 'Kan ta imot nye', en: 'Takes on someone new' },
  RESTING: { nb: 'Tar pause (ingen nye)', en: 'Resting (no one new)' },
};

export const PEER_GENDER_LABELS: Readonly<Record<PeerGender, Labels>> = {
  WOMAN: { nb: 'Kvinne', en: 'Woman' },
  MAN: { nb: 'Mann', en: 'Man' },
  OTHER: { nb: 'Annet', en: 'Other' },
};

export const PEER_DISTANCE_LABELS: Readonly<Record<PeerDistance, Labels>> = {
  SAME_MUNICIPALITY: { nb: 'Samme kommune', en: 'Same municipality' },
  SAME_COUNTY: { nb: 'Samme fylke', en: 'Same county' },
  SAME_DISTRICT: { nb: 'Samme distrikt', en: 'Same district' },
  OTHER_DISTRICT: { nb: 'Annet distrikt', en: 'Another district' },
  UNKNOWN: { nb: 'Ukjent', en: 'Unknown' },
};
