import { describe, expect, it } from 'vitest';
import type { AttendanceFacts, CourseUpdateFacts, EnrolmentFacts } from './rules.js';
import {
  attendanceRefusal,
  courseStatusTransitionRefusal,
  courseUpdateRefusal,
  enrolmentCancellationRefusal,
  enrolmentRefusal,
} from './rules.js';

describe('enrolmentRefusal', () => {
  const allowed: EnrolmentFacts = {
    courseStatus: 'OPEN',
    facilitatorForgotten: false,
    sameDistrict: true,
    currentEnrolment: null,
  };
  const reason = (facts: Partial<EnrolmentFacts>) => enrolmentRefusal({ ...allowed, ...facts })?.reason ?? null;

  it('allows a planned or open course, and enrolling again after a cancellation', () => {
    expect(reason({})).toBeNull();
    expect(reason({ courseStatus: 'PLANNED' })).toBeNull();
    expect(reason({ currentEnrolment: 'CANCELLED' })).toBeNull();
  });

  it('refuses a course that is not open, a forgotten or foreign facilitator, and a second enrolment', () => {
    expect(reason({ courseStatus: 'RUNNING' })).toBe('COURSE_NOT_OPEN_FOR_ENROLMENT');
    expect(reason({ courseStatus: 'CANCELLED' })).toBe('COURSE_NOT_OPEN_FOR_ENROLMENT');
    expect(reason({ facilitatorForgotten: true })).toBe('FACILITATOR_FORGOTTEN');
    expect(reason({ sameDistrict: false })).toBe('FACILITATOR_OTHER_DISTRICT');
    expect(reason({ currentEnrolment: 'ENROLLED' })).toBe('ALREADY_ENROLLED');
    expect(reason({ currentEnrolment: 'WAITING' })).toBe('ALREADY_ENROLLED');
  });
});

describe('enrolmentCancellationRefusal', () => {
  it('refuses only on a completed course, and never a cancellation that changes nothing', () => {
    expect(enrolmentCancellationRefusal({ courseStatus: 'COMPLETED', enrolmentStatus: 'ENROLLED' })?.reason).toBe(
      'COURSE_COMPLETED',
    );
    expect(enrolmentCancellationRefusal({ courseStatus: 'COMPLETED', enrolmentStatus: 'WAITING' })?.reason).toBe(
      'COURSE_COMPLETED',
    );
    expect(enrolmentCancellationRefusal({ courseStatus: 'COMPLETED', enrolmentStatus: 'CANCELLED' })).toBeNull();
    expect(enrolmentCancellationRefusal({ courseStatus: 'RUNNING', enrolmentStatus: 'ENROLLED' })).toBeNull();
    expect(enrolmentCancellationRefusal({ courseStatus: 'CANCELLED', enrolmentStatus: 'ENROLLED' })).toBeNull();
  });
});

describe('courseUpdateRefusal', () => {
  const allowed: CourseUpdateFacts = {
    courseStatus: 'OPEN',
    enrolledCount: 3,
    capacity: 3,
    sessionIds: ['s1', 's2'],
    keptSessionIds: ['s2'],
  };
  const reason = (facts: Partial<CourseUpdateFacts>) => courseUpdateRefusal({ ...allowed, ...facts })?.reason ?? null;

  it('allows an edit of an open course that keeps its own sessions and a seat for everyone enrolled', () => {
    expect(reason({})).toBeNull();
    expect(reason({ courseStatus: 'RUNNING', keptSessionIds: [] })).toBeNull();
  });

  it('refuses a closed course, a capacity below the enrolled and a session of another course', () => {
    expect(reason({ courseStatus: 'COMPLETED' })).toBe('COURSE_CLOSED_FOR_CHANGES');
    expect(reason({ courseStatus: 'CANCELLED' })).toBe('COURSE_CLOSED_FOR_CHANGES');
    expect(reason({ capacity: 2 })).toBe('CAPACITY_BELOW_ENROLLED');
    expect(reason({ keptSessionIds: ['s1', 'elsewhere'] })).toBe('SESSION_NOT_IN_COURSE');
  });
});

describe('attendanceRefusal', () => {
  const allowed: AttendanceFacts = { courseStatus: 'RUNNING', allOfCourse: true, enrolmentStatuses: ['ENROLLED'] };
  const reason = (facts: Partial<AttendanceFacts>) => attendanceRefusal({ ...allowed, ...facts })?.reason ?? null;

  it('allows attendance of enrolled participants at the course’s own sessions', () => {
    expect(reason({})).toBeNull();
    expect(reason({ enrolmentStatuses: [] })).toBeNull();
  });

  it('refuses a cancelled or completed course, foreign sessions or enrolments and inactive enrolments', () => {
    expect(reason({ courseStatus: 'CANCELLED' })).toBe('COURSE_CANCELLED');
    expect(reason({ courseStatus: 'COMPLETED' })).toBe('COURSE_COMPLETED');
    expect(reason({ allOfCourse: false })).toBe('SESSION_NOT_IN_COURSE');
    expect(reason({ enrolmentStatuses: ['ENROLLED', 'WAITING'] })).toBe('ENROLMENT_NOT_ACTIVE');
  });
});

describe('courseStatusTransitionRefusal', () => {
  it('allows the lifecycle steps and names both statuses of a refused one', () => {
    expect(courseStatusTransitionRefusal('PLANNED', 'OPEN')).toBeNull();
    expect(courseStatusTransitionRefusal('RUNNING', 'CANCELLED')).toBeNull();
    expect(courseStatusTransitionRefusal('PLANNED', 'COMPLETED')).toMatchObject({
      reason: 'COURSE_STATUS_TRANSITION',
      params: { from: 'PLANNED', to: 'COMPLETED' },
    });
    expect(courseStatusTransitionRefusal('COMPLETED', 'COMPLETED')?.params).toEqual({
      from: 'COMPLETED',
      to: 'COMPLETED',
    });
  });
});
