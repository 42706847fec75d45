import { describe, expect, it } from 'vitest';
import { actionData, districtActionContext, formPost } from '../../shared/forms/action-test-support';
import type { UsersActionData } from './users.types';
import { usersAction } from './users-actions.server';

describe('creating a staff user reports every error in one round', () => {
  it('a role not chosen does not hide a bad email or a missing name', async () => {
    const { context, calls } = districtActionContext('en');
    const result = actionData<UsersActionData>(
      await usersAction(formPost({ intent: 'create', email: 'nope', name: '', role: '' }), context),
    );
    expect(calls.mutations).toEqual([]);
    expect(result).toMatchObject({ intent: 'create', ok: false });
    if (result.intent !== 'create' || result.ok) return;
    expect(Object.keys(result.errors.fields).sort()).toEqual(['email', 'name', 'role']);
  });
});
