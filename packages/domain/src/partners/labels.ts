import type { Labels } from '../groups/labels.js';
import type { PartnerStatus, PartnerType } from './types.js';

export const PARTNER_TYPE_LABELS: Readonly<Record<PartnerType, Labels>> = {
  MUNICIPALITY: { nb: 'Kommune', en: 'Municipality' },
  NAV_OFFICE: { nb: 'NAV-kontor', en: 'NAV office' },
  DPS: { nb: 'DPS / psykisk helsevern', en: 'DPS / specialist mental health' },
  HOSPITAL_UNIT: { nb: 'Sykehusavdeling', en: 'Hospital unit' },
  GP_OFFICE: { nb: 'Legekontor', en: 'GP office' },
  PHARMACY: { nb: 'Apotek', en: 'Pharmacy' },
  VOLUNTEER_CENTRE: { nb: 'Frivilligsentral', en: 'Volunteer centre' },
  USER_ORGANISATION: { nb: 'Bruker- eller pasientorganisasjon', en: 'User or patient organisation' },
  PRISON: { nb: 'Fengsel / kriminalomsorg', en: 'Prison / correctional service' },
  SCHOOL: { nb: 'Skole', en: 'School' },
  LIBRARY: { nb: 'Bibliotek', en: 'Library' },
  FAITH_COMMUNITY: { nb: 'Kirke eller trossamfunn', en: 'Church or faith community' },
  OTHER: { nb: 'Annet', en: 'Other' },
};

export const PARTNER_STATUS_LABELS: Readonly<Record<PartnerStatus, Labels>> = {
  PROSPECT: { nb: 'Aktuell', en: 'Prospect' },
  ACTIVE: { nb: 'Aktiv', en: 'Active' },
  DORMANT: { nb: 'Hvilende', en: 'Dormant' },
};
