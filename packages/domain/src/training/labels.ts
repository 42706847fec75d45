import type { Labels } from '../groups/labels.js';
import type { CourseStatus, CourseType, EnrolmentStatus } from './types.js';

export const COURSE_TYPE_LABELS: Readonly<Record<CourseType, Labels>> = {
  BASIC: { nb: 'Grunnkurs', en: 'Basic course' },
  REFRESHER: { nb: 'Oppfriskningskurs', en: 'Refresher course' },
  NETWORK_MEETING: { nb: 'Nettverkssamling', en: 'Network meeting' },
};

export const COURSE_STATUS_LABELS: Readonly<Record<CourseStatus, Labels>> = {
  PLANNED: { nb: 'Planlagt', en: 'Planned' },
  OPEN: { nb: 'Åpen for påmelding', en: 'Open for enrolment' },
  RUNNING: { nb: 'Pågår', en: 'Running' },
  COMPLETED: { nb: 'Fullført', en: 'Completed' },
  CANCELLED: { nb: 'Avlyst', en: 'Cancelled' },
};

export const ENROLMENT_STATUS_LABELS: Readonly<Record<EnrolmentStatus, Labels>> = {
  ENROLLED: { nb: 'Påmeldt', en: 'Enrolled' },
  WAITING: { nb: 'Venteliste', en: 'Waiting list' },
  CANCELLED: { nb: 'Avmeldt', en: 'Cancelled' },
  WAITING_LIST_CLOSED: { nb: 'Venteliste stengt (kurset fullført)', en: 'Waiting list closed (course completed)' },
};
