import { describe, expect, it } from 'vitest';
import { actionData, districtActionContext, formPost } from '../../shared/forms/action-test-support';
import type { PartnerFormActionData } from './partner-form.server';
import { savePartner } from './partner-form.server';

describe('savePartner reports every error in one round', () => {
  it('a bad organisation number does not hide a bad postal code', async () => {
    const { context, calls } = districtActionContext('nb');
    const request = formPost({
      name: 'Bergen frivilligsentral',
      type: 'VOLUNTEER_CENTRE',
      organisationNumber: '123',
      municipalityNumber: '4601',
      postalCode: '50',
      postalPlace: 'Bergen',
      status: 'ACTIVE',
    });
    const result = actionData<PartnerFormActionData>(await savePartner(request, {}, context));
    expect(calls.mutations).toEqual([]);
    expect(Object.keys(result.errors.fields).sort()).toEqual(['organisationNumber', 'postalCode']);
  });
});
