import type { Labels } from '../groups/labels.js';
import type { ActivityStatus, ActivityType, AudienceType, OutcomeKind } from './types.js';

export const ACTIVITY_TYPE_LABELS: Readonly<Record<ActivityType, Labels>> = {
  TALK: { nb: 'Foredrag', en: 'Talk / lecture' },
  INFORMATION_MEETING: { nb: 'Informasjonsmøte', en: 'Information meeting' },
  PROFESSIONAL_DAY: { nb: 'Fagdag', en: 'Professional day' },
  STAND: { nb: 'Stand', en: 'Stand / booth' },
  PUBLIC_SERVICE_COURSE: { nb: 'Kurs for offentlig ansatte', en: 'Course for public-service staff' },
  NETWORK_MEETING: { nb: 'Nettverksmøte', en: 'Network meeting' },
  PARTNER_MEETING: { nb: 'Møte med samarbeidspartner', en: 'Meeting with a partner' },
};

export const ACTIVITY_STATUS_LABELS: Readonly<Record<ActivityStatus, Labels>> = {
  PLANNED: { nb: 'Planlagt', en: 'Planned' },
  COMPLETED: { nb: 'Gjennomført', en: 'Completed' },
  CANCELLED: { nb: 'Avlyst', en: 'Cancelled' },
};

export const AUDIENCE_TYPE_LABELS: Readonly<Record<AudienceType, Labels>> = {
  PUBLIC: { nb: 'Publikum', en: 'The public' },
  HEALTH_SERVICES: { nb: 'Helsetjenester', en: 'Health services' },
  NAV: { nb: 'NAV', en: 'NAV' },
  MUNICIPAL_SERVICES: { nb: 'Kommunale tjenester', en: 'Municipal services' },
  SCHOOLS: { nb: 'Skoler', en: 'Schools' },
  USER_ORGANISATIONS: { nb: 'Brukerorganisasjoner', en: 'User organisations' },
  VOLUNTEERS: { nb: 'Frivillige', en: 'Volunteers' },
  CORRECTIONAL_SERVICE: { nb: 'Kriminalomsorgen', en: 'Correctional service' },
  OTHER: { nb: 'Andre', en: 'Others' },
};

export const OUTCOME_KIND_LABELS: Readonly<Record<OutcomeKind, Labels>> = {
  GROUP_STARTED: { nb: 'Gruppe startet', en: 'Group started' },
  FACILITATOR_RECRUITED: { nb: 'Igangsetter rekruttert', en: 'Facilitator recruited' },
  NEW_PARTNER: { nb: 'Ny samarbeidspartner', en: 'New partner' },
};
