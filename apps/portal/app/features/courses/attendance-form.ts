import type { AttendanceInput } from '../../generated/graphql';

// The attendance register: one checkbox per participant and session, named
// `present.<enrolmentId>.<sessionId>`; a checkbox posts only when ticked, so every pair the page
// showed is sent, present or not.

export const attendanceFieldName = (enrolmentId: string, sessionId: string) => `present.${enrolmentId}.${sessionId}`;

/** One entry per enrolment and session shown, `present` from the ticked boxes. */
export function readAttendanceForm(
  form: FormData,
  enrolmentIds: readonly string[],
  sessionIds: readonly string[],
): AttendanceInput[] {
  return enrolmentIds.flatMap((enrolmentId) =>
    sessionIds.map((sessionId) => ({
      enrolmentId,
      sessionId,
      present: form.get(attendanceFieldName(enrolmentId, sessionId)) !== null,
    })),
  );
}
