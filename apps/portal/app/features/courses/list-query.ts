import type {
  FacilitatorFilter,
  QualificationStatus,
  FacilitatorAvailability,
  CourseStatus,
  CourseType,
  TrainingCourseFilter,
} from '../../generated/graphql';
import { AVAILABILITIES } from '../facilitators/facilitator-form';
import { COURSE_TYPES } from './course-form';

// The facilitator and course lists' GET forms: the query string is the state.

import { COURSE_STATUSES, QUALIFICATION_STATUSES } from '@selvhjelp/domain';

export { COURSE_STATUSES, QUALIFICATION_STATUSES };

export interface FacilitatorListQuery {
  status: string;
  municipality: string;
  availability: string;
  theme: string;
  q: string;
  after: string;
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | '' =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';

export function parseFacilitatorListQuery(params: URLSearchParams): FacilitatorListQuery {
  return {
    status: oneOf(QUALIFICATION_STATUSES, params.get('status')),
    municipality: (params.get('municipality') ?? '').trim(),
    availability: oneOf(AVAILABILITIES, params.get('availability')),
    theme: (params.get('theme') ?? '').trim(),
    q: (params.get('q') ?? '').trim(),
    after: params.get('after') ?? '',
  };
}

export function toFacilitatorFilter(query: FacilitatorListQuery): FacilitatorFilter {
  return {
    statuses: query.status ? [query.status as QualificationStatus] : null,
    municipalityNumbers: query.municipality ? [query.municipality] : null,
    availabilities: query.availability ? [query.availability as FacilitatorAvailability] : null,
    themeIds: query.theme ? [query.theme] : null,
    search: query.q || null,
  };
}

/** `?status=QUALIFIED&after=…`, leaving out what is empty. */
export function listHref(query: Readonly<Record<string, string>>): string {
  const params = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== ''));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface CourseListQuery {
  status: string;
  type: string;
  after: string;
}

export function parseCourseListQuery(params: URLSearchParams): CourseListQuery {
  return {
    status: oneOf(COURSE_STATUSES, params.get('status')),
    type: oneOf(COURSE_TYPES, params.get('type')),
    after: params.get('after') ?? '',
  };
}

export function toCourseFilter(query: CourseListQuery): TrainingCourseFilter {
  return {
    statuses: query.status ? [query.status as CourseStatus] : null,
    types: query.type ? [query.type as CourseType] : null,
  };
}

/** Upcoming courses first (soonest start), then past ones (latest first). */
export function upcomingFirst<Course extends { startsOn: string }>(
  courses: readonly Course[],
  today: string,
): Course[] {
  const upcoming = courses
    .filter((course) => course.startsOn >= today)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const past = courses.filter((course) => course.startsOn < today).sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  return [...upcoming, ...past];
}
