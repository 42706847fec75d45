import { GatewayError } from '../../shared/gateway/errors';
import { describe, expect, it } from 'vitest';
import { actionData, formPost } from '../../shared/forms/action-test-support';
import type { ApiClientFormActionData } from './api-client-form.server';
import { saveApiClient } from './api-client-form.server';
import { apiClientActionContext } from './test-support';

const now = new Date('2026-12-05T09:00:00Z');

describe('saveApiClient', () => {
  it('reports every error in one round, without calling the gateway', async () => {
    const { context, calls } = apiClientActionContext('DISTRICT_LEAD', 'en');
    const request = formPost({
      name: '',
      contactName: 'Kari',
      contactEmail: 'nope',
      organisationNumber: '974760674',
      expiresAt: '2026-01-01',
    });
    const result = actionData<ApiClientFormActionData>(await saveApiClient(request, {}, context, now));
    expect(calls.mutations).toEqual([]);
    if (result.ok) throw new Error('expected errors');
    expect(Object.keys(result.errors.fields).sort()).toEqual([
      'contactEmail',
      'expiresAt',
      'name',
      'organisationNumber',
      'scopes',
    ]);
    // What was typed is kept.
    expect(result.values).toMatchObject({
      contactName: 'Kari',
      contactEmail: 'nope',
      organisationNumber: '974760674',
      expiresAt: '2026-01-01',
    });
  });

  it("answers the new key once, in the action's own answer, with a district lead's own district", async () => {
    const { context, calls } = apiClientActionContext('DISTRICT_LEAD', 'nb', () => ({
      createApiClient: { key: 'shn_secret', client: { id: 'c1', name: 'NAV Bergen' } },
    }));
    const request = formPost({
      name: 'NAV Bergen',
      contactName: 'Kari Nav',
      contactEmail: 'kari@nav.no',
      scopes: ['GROUPS_READ', 'REFERRALS_WRITE'],
      districtIds: ['nord'],
    });
    const answer = (await saveApiClient(request, {}, context, now)) as {
      data: ApiClientFormActionData;
      init: ResponseInit | null;
    };
    expect(calls.mutations).toEqual([
      {
        input: expect.objectContaining({ districtIds: ['vest'], scopes: ['GROUPS_READ', 'REFERRALS_WRITE'] }),
      },
    ]);
    expect(answer.data).toEqual({ ok: true, key: 'shn_secret', client: { id: 'c1', name: 'NAV Bergen' } });
    expect(new Headers(answer.init?.headers).get('Cache-Control')).toBe('no-store');
  });

  it('shows an organisation number another client holds next to its field, keeping what was typed', async () => {
    const { context } = apiClientActionContext('DISTRICT_LEAD', 'nb', () => {
      throw new GatewayError('CONFLICT', 'taken', [
        { field: 'input.organisationNumber', reason: 'API_CLIENT_ORGANISATION_TAKEN', message: 'taken' },
      ]);
    });
    const request = formPost({
      name: 'NAV Bergen',
      contactName: 'Kari Nav',
      contactEmail: 'kari@nav.no',
      organisationNumber: '974760673',
      scopes: ['GROUPS_READ'],
    });
    const result = actionData<ApiClientFormActionData>(await saveApiClient(request, {}, context, now));
    if (result.ok) throw new Error('expected errors');
    expect(Object.keys(result.errors.fields)).toEqual(['organisationNumber']);
    expect(result.conflict).toBeNull();
    expect(result.values).toMatchObject({ organisationNumber: '974760673', name: 'NAV Bergen' });
  });

  it('answers 403 to district staff before anything else', async () => {
    const { context, calls } = apiClientActionContext('DISTRICT_STAFF');
    const thrown = await saveApiClient(formPost({ name: 'X' }), {}, context, now).catch((error: unknown) => error);
    expect((thrown as { init?: ResponseInit }).init?.status).toBe(403);
    expect(calls.mutations).toEqual([]);
  });
});
