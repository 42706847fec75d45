import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../shared/gateway/errors';
import { actionData, formPost } from '../../shared/forms/action-test-support';
import type { ApiClientPageActionData } from './client.server';
import { apiClientPageAction, parseOverlapDays } from './client.server';
import { apiClientActionContext } from './test-support';

describe('the API client page', () => {
  it('reads overlap days as whole days from 0 to 30', () => {
    expect(parseOverlapDays('0')).toBe(0);
    expect(parseOverlapDays(' 30 ')).toBe(30);
    for (const text of ['31', '-1', '2.5', '', 'sju']) expect(parseOverlapDays(text)).toBeNull();
  });

  it('refuses overlap days out of range at the field, keeping what was typed', async () => {
    const { context, calls } = apiClientActionContext('DISTRICT_LEAD');
    const result = actionData<ApiClientPageActionData>(
      await apiClientPageAction(formPost({ intent: 'rotate', version: '1', overlapDays: '45' }), { id: 'c1' }, context),
    );
    expect(calls.mutations).toEqual([]);
    expect(result).toMatchObject({ intent: 'rotate', ok: false, overlapDays: '45', field: true });
  });

  it('answers the rotated key once, with until when the earlier keys work', async () => {
    const { context, calls } = apiClientActionContext('DISTRICT_LEAD', 'nb', () => ({
      rotateApiClientSecret: {
        key: 'shn_new',
        client: {
          id: 'c1',
          secrets: [
            { id: 's2', validUntil: null },
            { id: 's1', validUntil: '2026-12-12T09:00:00.000Z' },
          ],
        },
      },
    }));
    const result = actionData<ApiClientPageActionData>(
      await apiClientPageAction(formPost({ intent: 'rotate', version: '3', overlapDays: '7' }), { id: 'c1' }, context),
    );
    expect(calls.mutations).toEqual([{ input: { id: 'c1', version: 3, overlapDays: 7 } }]);
    expect(result).toEqual({ intent: 'rotate', ok: true, key: 'shn_new', overlapUntil: '2026-12-12T09:00:00.000Z' });
  });

  it('shows a stale rotation as a message above the form', async () => {
    const { context } = apiClientActionContext('DISTRICT_LEAD', 'nb', () => {
      throw new GatewayError('CONFLICT', 'Endret', [], { reason: 'API_CLIENT_CHANGED' });
    });
    const result = actionData<ApiClientPageActionData>(
      await apiClientPageAction(formPost({ intent: 'rotate', version: '1', overlapDays: '7' }), { id: 'c1' }, context),
    );
    expect(result).toMatchObject({ intent: 'rotate', ok: false, field: false });
  });

  it('asks before revoking, and only the confirmation revokes', async () => {
    const { context, calls } = apiClientActionContext('DISTRICT_LEAD', 'nb', () => ({ revokeApiClient: { id: 'c1' } }));
    const asked = actionData<ApiClientPageActionData>(
      await apiClientPageAction(formPost({ intent: 'revoke' }), { id: 'c1' }, context),
    );
    expect(asked).toEqual({ intent: 'revoke', error: null });
    expect(calls.mutations).toEqual([]);
    const done = (await apiClientPageAction(formPost({ intent: 'confirm-revoke' }), { id: 'c1' }, context)) as Response;
    expect(calls.mutations).toEqual([{ id: 'c1' }]);
    expect(done.headers.get('Location')).toBe('/vest/api-klienter/c1?melding=revoked');
  });
});
