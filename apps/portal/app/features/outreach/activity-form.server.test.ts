import { describe, expect, it } from 'vitest';
import { actionData, districtActionContext, formPost } from '../../shared/forms/action-test-support';
import type { ActivityFormActionData } from './activity-form.server';
import { saveActivity } from './activity-form.server';

describe('saveActivity reports every error in one round', () => {
  it('a missing title does not hide an end time before the start', async () => {
    const { context, calls } = districtActionContext('nb');
    const request = formPost({
      type: 'TALK',
      title: '',
      status: 'PLANNED',
      date: '2026-03-01',
      startTime: '14:00',
      endTime: '12:00',
      place: 'Torget',
    });
    const result = actionData<ActivityFormActionData>(await saveActivity(request, {}, context));
    expect(calls.mutations).toEqual([]);
    expect(Object.keys(result.errors.fields).sort()).toEqual(['endTime', 'title']);
  });
});
