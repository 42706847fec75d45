import {
  COURSE_STATUS_LABELS,
  COURSE_TYPE_LABELS,
  ENROLMENT_STATUS_LABELS,
  FACILITATOR_AVAILABILITY_LABELS,
  QUALIFICATION_STATUS_LABELS,
} from '@selvhjelp/domain';
import type {
  CourseStatus,
  CourseType,
  EnrolmentStatus,
  FacilitatorAvailability,
  QualificationStatus,
} from '../../generated/graphql';
import { labelOf } from '../../shared/labels/labels';
import type { Lang } from '../../shared/i18n/i18n';

// Facilitator and training codes as people read them, from @selvhjelp/domain's label tables.

export const availabilityLabel = (lang: Lang, code: FacilitatorAvailability) =>
  labelOf(FACILITATOR_AVAILABILITY_LABELS, code, lang);
export const qualificationLabel = (lang: Lang, code: QualificationStatus) =>
  labelOf(QUALIFICATION_STATUS_LABELS, code, lang);
export const courseTypeLabel = (lang: Lang, code: CourseType) => labelOf(COURSE_TYPE_LABELS, code, lang);
export const courseStatusLabel = (lang: Lang, code: CourseStatus) => labelOf(COURSE_STATUS_LABELS, code, lang);
export const enrolmentStatusLabel = (lang: Lang, code: EnrolmentStatus) => labelOf(ENROLMENT_STATUS_LABELS, code, lang);
