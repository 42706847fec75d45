import { describe, expect, it } from 'vitest';
import { attendanceFieldName, readAttendanceForm } from './attendance-form';

describe('readAttendanceForm', () => {
  it('sends every participant × session shown, present only when ticked', () => {
    const form = new FormData();
    form.append(attendanceFieldName('e1', 's1'), 'true');
    form.append(attendanceFieldName('e1', 's2'), 'true');
    form.append(attendanceFieldName('e2', 's2'), 'true');
    expect(readAttendanceForm(form, ['e1', 'e2'], ['s1', 's2'])).toEqual([
      { enrolmentId: 'e1', sessionId: 's1', present: true },
      { enrolmentId: 'e1', sessionId: 's2', present: true },
      { enrolmentId: 'e2', sessionId: 's1', present: false },
      { enrolmentId: 'e2', sessionId: 's2', present: true },
    ]);
  });

  it('ignores boxes for participants or sessions the course does not have', () => {
    const form = new FormData();
    form.append(attendanceFieldName('intruder', 's1'), 'true');
    expect(readAttendanceForm(form, ['e1'], ['s1'])).toEqual([{ enrolmentId: 'e1', sessionId: 's1', present: false }]);
  });
});
