import { describe, expect, it } from 'vitest';
import { actionData, districtActionContext, formPost } from '../../shared/forms/action-test-support';
import type { ContactFormActionData } from './contact-new.server';
import { addContact } from './contact-new.server';

describe('addContact reports every error in one round', () => {
  it('a missing name does not hide a bad email', async () => {
    const { context, calls } = districtActionContext('en');
    const result = actionData<ContactFormActionData>(
      await addContact(formPost({ name: '', email: 'ikke-en-epost' }), { id: 'p1' }, context),
    );
    expect(calls.mutations).toEqual([]);
    expect(Object.keys(result.errors.fields).sort()).toEqual(['email', 'name']);
  });
});
