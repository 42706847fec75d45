import { describe, expect, it } from 'vitest';
import { renderRefusal } from '../messages/index.js';
import type { AttendanceExceptionFacts } from './enrolment-rules.js';
import {
  attendanceExceptionRefusal,
  attendanceExceptionSchema,
  cancellationConfirmationRefusal,
  completesCourse,
  seatGoesTo,
} from './enrolment-rules.js';
import { ENROLMENT_STATUS_LABELS } from './labels.js';

const waiting = [
  { id: 'w2', status: 'WAITING' as const, waitingPosition: 2 },
  { id: 'w1', status: 'WAITING' as const, waitingPosition: 1 },
];
const enrolled = (id: string) => ({ id, status: 'ENROLLED' as const, waitingPosition: null });

describe('who gets the seat when an enrolment is cancelled', () => {
  it('is the first on the waiting list, when a seat is freed on a course still running', () => {
    const enrolments = [enrolled('e1'), enrolled('e2'), ...waiting];
    expect(seatGoesTo({ courseStatus: 'OPEN', capacity: 2, enrolments }, 'e1')).toBe('w1');
    // Someone on the waiting list frees no seat; nor does a cancelled course hand seats on.
    expect(seatGoesTo({ courseStatus: 'OPEN', capacity: 2, enrolments }, 'w2')).toBeNull();
    expect(seatGoesTo({ courseStatus: 'CANCELLED', capacity: 2, enrolments }, 'e1')).toBeNull();
    // Over capacity (capacity lowered by hand): the freed seat is not a free one.
    expect(seatGoesTo({ courseStatus: 'OPEN', capacity: 1, enrolments }, 'e1')).toBeNull();
    expect(seatGoesTo({ courseStatus: 'OPEN', capacity: 2, enrolments: [enrolled('e1')] }, 'e1')).toBeNull();
  });

  it('refuses a confirmed cancellation when the course or the waiting list changed since', () => {
    const seen = { courseVersion: 3, promotedEnrolmentId: 'w1' };
    expect(cancellationConfirmationRefusal(seen, { courseVersion: 3, promotedEnrolmentId: 'w1' })).toBeNull();
    expect(cancellationConfirmationRefusal(seen, { courseVersion: 4, promotedEnrolmentId: 'w1' })?.reason).toBe(
      'ENROLMENT_CANCEL_STALE',
    );
    expect(cancellationConfirmationRefusal(seen, { courseVersion: 3, promotedEnrolmentId: null })?.reason).toBe(
      'ENROLMENT_CANCEL_STALE',
    );
    expect(
      renderRefusal(cancellationConfirmationRefusal(seen, { courseVersion: 3, promotedEnrolmentId: 'w2' })!, 'en'),
    ).toMatch(/changed/);
  });
});

describe('an approved exception from full attendance', () => {
  const facts: AttendanceExceptionFacts = {
    courseType: 'BASIC',
    courseStatus: 'RUNNING',
    enrolmentStatus: 'ENROLLED',
    sessionsAttended: 2,
    sessionCount: 3,
  };

  it('completes the course for a participant who missed a session', () => {
    expect(completesCourse('BASIC', 2, 3, false)).toBe(false);
    expect(completesCourse('BASIC', 2, 3, true)).toBe(true);
    expect(completesCourse('BASIC', 3, 3, false)).toBe(true);
    expect(completesCourse('NETWORK_MEETING', 1, 3, true)).toBe(false);
  });

  it('is approved only for an active participant of a qualifying course still open, who needs it', () => {
    expect(attendanceExceptionRefusal(facts)).toBeNull();
    expect(attendanceExceptionRefusal({ ...facts, courseStatus: 'COMPLETED' })?.reason).toBe(
      'COURSE_CLOSED_FOR_CHANGES',
    );
    expect(attendanceExceptionRefusal({ ...facts, enrolmentStatus: 'WAITING' })?.reason).toBe('ENROLMENT_NOT_ACTIVE');
    expect(attendanceExceptionRefusal({ ...facts, courseType: 'NETWORK_MEETING' })?.reason).toBe(
      'ATTENDANCE_EXCEPTION_NOT_QUALIFYING',
    );
    expect(attendanceExceptionRefusal({ ...facts, sessionsAttended: 3 })?.reason).toBe(
      'ATTENDANCE_EXCEPTION_NOT_NEEDED',
    );
  });

  it('needs a short reason', () => {
    const id = '7b0e3f9c-4a55-4c1e-9a57-3f5b2d1c0a11';
    expect(
      attendanceExceptionSchema.safeParse({
        enrolmentId: id,
        reason: '  Syk én kveld, tok igjen stoffet med kursholder. ',
      }).data?.reason,
    ).toBe('Syk én kveld, tok igjen stoffet med kursholder.');
    expect(attendanceExceptionSchema.safeParse({ enrolmentId: id, reason: '   ' }).error?.issues[0]?.message).toBe(
      'ATTENDANCE_EXCEPTION_REASON_REQUIRED',
    );
    expect(
      attendanceExceptionSchema.safeParse({ enrolmentId: id, reason: 'x'.repeat(301) }).error?.issues[0]?.message,
    ).toBe('ATTENDANCE_EXCEPTION_REASON_TOO_LONG');
  });
});

it('names the closed waiting list in both languages', () => {
  expect(ENROLMENT_STATUS_LABELS.WAITING_LIST_CLOSED).toEqual({
    nb: 'Venteliste stengt (kurset fullført)',
    en: 'Waiting list closed (course completed)',
  });
});
