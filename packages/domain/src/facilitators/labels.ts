import type { Labels } from '../groups/labels.js';
import type { FacilitatorAvailability, QualificationStatus } from './types.js';

export const FACILITATOR_AVAILABILITY_LABELS: Readonly<Record<FacilitatorAvailability, Labels>> = {
  AVAILABLE: { nb: 'Tilgjengelig', en: 'Available' },
  BUSY: { nb: 'Opptatt', en: 'Busy' },
  RESTING: { nb: 'Tar en pause', en: 'Resting' },
};

export const QUALIFICATION_STATUS_LABELS: Readonly<Record<QualificationStatus, Labels>> = {
  IN_TRAINING: { nb: 'Under opplæring', en: 'In training' },
  QUALIFIED: { nb: 'Kvalifisert', en: 'Qualified' },
  LAPSED: { nb: 'Utløpt', en: 'Lapsed' },
};
