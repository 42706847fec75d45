import { describe, expect, it } from 'vitest';
import { actionData, districtActionContext, formPost } from '../../shared/forms/action-test-support';
import type { FacilitatorFormActionData } from './facilitator-form.server';
import { saveFacilitator } from './facilitator-form.server';

describe('saveFacilitator reports every error in one round', () => {
  it('a missing name does not hide a bad email and phone', async () => {
    const { context, calls } = districtActionContext('nb');
    const request = formPost({
      name: '',
      email: 'ikke-en-epost',
      phone: 'ring meg',
      municipalityNumber: '4601',
      availability: 'AVAILABLE',
      languages: 'nb',
    });
    const result = actionData<FacilitatorFormActionData>(await saveFacilitator(request, { id: 'f1' }, context));
    expect(calls.mutations).toEqual([]);
    expect(Object.keys(result.errors.fields).sort()).toEqual(['email', 'name', 'phone']);
  });

  it('a new facilitator hears about consent, email and phone together, in English', async () => {
    const { context } = districtActionContext('en');
    const request = formPost({
      name: 'Kari',
      email: 'nope',
      phone: 'x',
      municipalityNumber: '4601',
      availability: 'AVAILABLE',
      languages: 'nb',
    });
    const result = actionData<FacilitatorFormActionData>(await saveFacilitator(request, {}, context));
    expect(Object.keys(result.errors.fields).sort()).toEqual(['consentGivenOn', 'consentText', 'email', 'phone']);
    expect(result.errors.fields.email).toMatch(/e-?mail/i);
  });
});
