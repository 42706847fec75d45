import { describe, expect, it } from 'vitest';
import { actionData, districtActionContext, formPost } from '../../shared/forms/action-test-support';
import type { CourseFormActionData } from './course-form.server';
import { saveCourse } from './course-form.server';

describe('saveCourse reports every error in one round', () => {
  it('a missing title does not hide a session that ends before it starts, on its own row', async () => {
    const { context, calls } = districtActionContext('nb');
    const request = formPost({
      type: 'BASIC',
      title: '',
      capacity: '12',
      locationText: 'Bergen',
      sessionRows: '2',
      'sessions.1.date': '2026-03-01',
      'sessions.1.startTime': '18:00',
      'sessions.1.endTime': '17:00',
    });
    const result = actionData<CourseFormActionData>(await saveCourse(request, {}, context));
    expect(calls.mutations).toEqual([]);
    expect(Object.keys(result.errors.fields).sort()).toEqual(['sessions.1', 'title']);
  });
});
