import { municipalitiesInDistrict, THEMES } from '@selvhjelp/domain';
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

  describe('a municipality of another district', () => {
    const [bergen] = municipalitiesInDistrict('vest');
    const [nordMunicipality] = municipalitiesInDistrict('nord');
    const group = (municipalityNumber: string) => ({
      name: 'Sorggruppe',
      description: 'For etterlatte som vil møte andre i samme situasjon.',
      themeIds: [THEMES[0]!.id],
      targetGroup: 'AFFECTED',
      municipalityNumber,
      format: 'ONLINE',
      meetingUrl: 'https://møte.example/sorg',
      languages: ['nb'],
      scheduleKind: 'WEEKLY',
      scheduleWeekday: 'MONDAY',
      scheduleStartTime: '18:00',
      scheduleDurationMinutes: '90',
      scheduleStartDate: '2026-01-05',
    });

    it('is refused with the gateway’s reason, together with the other errors, before the gateway', async () => {
      const { context, calls } = districtActionContext('en');
      const request = formPost({ ...group(nordMunicipality!.number), name: 'AB' });
      const result = actionData<GroupFormActionData>(await saveGroup(request, {}, context));
      expect(calls.mutations).toEqual([]);
      expect(result.errors.fields).toEqual({
        name: expect.stringMatching(/at least 3/i),
        municipalityNumber: 'The municipality belongs to another district office.',
      });
    });

    it('is refused when it is the only error, in the page’s language', async () => {
      const { context, calls } = districtActionContext('nb');
      const result = actionData<GroupFormActionData>(
        await saveGroup(formPost(group(nordMunicipality!.number)), {}, context),
      );
      expect(calls.mutations).toEqual([]);
      expect(result.errors).toEqual({
        fields: { municipalityNumber: 'Kommunen hører til et annet distriktskontor.' },
        form: [],
      });
    });

    it('the district’s own municipality goes on to the gateway', async () => {
      const { context, calls } = districtActionContext('nb', () => ({ createGroup: { id: 'g1' } }));
      const result = await saveGroup(formPost(group(bergen!.number)), {}, context);
      expect(calls.mutations).toHaveLength(1);
      expect((result as Response).headers.get('Location')).toBe('/vest/grupper/g1?melding=created');
    });
  });
});
