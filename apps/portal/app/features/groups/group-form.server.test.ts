import { describe, expect, it } from 'vitest';
import { actionData, districtActionContext, formPost } from '../../shared/forms/action-test-support';
import type { GroupFormActionData } from './group-form.server';
import { saveGroup } from './group-form.server';

describe('saveGroup reports every error in one round', () => {
  it('an empty form names the choices it lacks and every rule the gateway would name', async () => {
    const { context, calls } = districtActionContext('nb');
    const result = actionData<GroupFormActionData>(await saveGroup(formPost({}), {}, context));
    expect(calls.mutations).toEqual([]);
    expect(Object.keys(result.errors.fields).sort()).toEqual(
      [
        'name',
        'description',
        'themeIds',
        'languages',
        'targetGroup',
        'municipalityNumber',
        'format',
        'scheduleKind',
        'scheduleStartTime',
        'scheduleDurationMinutes',
        'scheduleStartDate',
      ].sort(),
    );
    // The local check's wording wins where both speak about a field.
    expect(result.errors.fields.targetGroup).toBe('Fyll ut feltet.');
  });

  it('a missing choice does not hide a bad postal code or a too short name, in the page’s language', async () => {
    const { context } = districtActionContext('en');
    const request = formPost({
      name: 'AB',
      format: 'IN_PERSON',
      venuePostalCode: '12',
      scheduleKind: 'WEEKLY',
      scheduleStartDate: '2026-01-06',
    });
    const result = actionData<GroupFormActionData>(await saveGroup(request, {}, context));
    expect(result.errors.fields).toMatchObject({
      targetGroup: expect.any(String),
      scheduleDurationMinutes: expect.any(String),
      name: expect.stringMatching(/at least 3/i),
      venuePostalCode: expect.stringMatching(/four digits/i),
    });
  });
});
