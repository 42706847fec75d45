import type { Labels } from '../groups/labels.js';
import type { ReferralAreaKind, ReferralResourceType } from './types.js';

export const REFERRAL_RESOURCE_TYPE_LABELS: Readonly<Record<ReferralResourceType, Labels>> = {
  PSYCHOLOGIST: { nb: 'Psykolog', en: 'Psychologist' },
  DPS: { nb: 'DPS (distriktspsykiatrisk senter)', en: 'DPS (community mental health centre)' },
  CRISIS_LINE: { nb: 'Krisetelefon / hjelpetelefon', en: 'Crisis line / helpline' },
  FAMILY_COUNSELLING: { nb: 'Familievernkontor', en: 'Family counselling' },
  USER_ORGANISATION: { nb: 'Bruker- eller pasientorganisasjon', en: 'User or patient organisation' },
  MUNICIPAL_SERVICE: { nb: 'Kommunal tjeneste', en: 'Municipal service' },
  OTHER: { nb: 'Annet', en: 'Other' },
};

export const REFERRAL_AREA_KIND_LABELS: Readonly<Record<ReferralAreaKind, Labels>> = {
  MUNICIPALITIES: { nb: 'Enkelte kommuner', en: 'Some municipalities' },
  DISTRICT: { nb: 'Hele distriktet', en: 'The whole district' },
  NATIONAL: { nb: 'Hele landet', en: 'All of Norway' },
};
