import { describe, expect, it } from 'vitest';
import { actionData, districtActionContext, formPost } from '../../shared/forms/action-test-support';
import type { AgreementActionData } from './agreement.server';
import { saveAgreement } from './agreement.server';

describe('saveAgreement reports every error in one round', () => {
  it('a missing title does not hide a scope that is too long', async () => {
    const { context, calls } = districtActionContext('nb');
    const request = formPost(
      { intent: 'save', title: '', startsOn: '2026-01-01', scope: 'x'.repeat(5000) },
      'multipart',
    );
    const result = actionData<AgreementActionData>(await saveAgreement(request, { id: 'p1' }, context));
    expect(calls.mutations).toEqual([]);
    if (result.intent !== 'save') throw new Error('expected the save answer');
    expect(Object.keys(result.errors.fields).sort()).toEqual(['scope', 'title']);
  });
});
