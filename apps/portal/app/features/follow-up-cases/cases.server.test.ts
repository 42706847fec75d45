import { describe, expect, it } from 'vitest';
import { viewerContext } from '../../context.server';
import { actionData, districtActionContext, formPost } from '../../shared/forms/action-test-support';
import { GatewayError } from '../../shared/gateway/errors';
import type { Viewer } from '../../session/viewer.server';
import type { CaseActionData } from './case-actions.server';
import { casePageAction } from './case-actions.server';
import { confirmMatchAction } from './match.server';

const CASE = { id: '6f1c2a54-2b0e-4c1a-9d55-0a7d1e2f3b4c' };

function withViewer(context: ReturnType<typeof districtActionContext>['context']) {
  context.set(viewerContext, { id: 'staff-1', role: 'DISTRICT_LEAD' } as unknown as Viewer);
  return context;
}

async function redirectOf(promise: Promise<unknown>): Promise<string | null> {
  const result = await promise;
  return result instanceof Response ? result.headers.get('Location') : null;
}

describe('the case page actions', () => {
  it('a note with a national identity number is refused next to the text, and what was typed is kept', async () => {
    const { context, calls } = districtActionContext('nb', () => {
      throw new GatewayError('BAD_USER_INPUT', 'Inneholder et fødselsnummer', [
        {
          field: 'input.text',
          message: 'Teksten ser ut til å inneholde et fødselsnummer.',
          reason: 'NATIONAL_ID_NUMBER',
        },
      ]);
    });
    const text = 'Ringte, fnr 01010112345';
    const result = actionData<CaseActionData>(
      await casePageAction(formPost({ intent: 'note', text, date: '', nextFollowUpOn: '' }), CASE, withViewer(context)),
    );
    expect(calls.mutations).toEqual([{ input: { caseId: CASE.id, text, date: null, nextFollowUpOn: null } }]);
    expect(result.intent).toBe('note');
    expect(result.conflict).toBe(false);
    expect(result.errors.fields.text).toBeTruthy();
    expect(result.values.text).toBe(text);
  });

  it('closes a case with its outcome at the case version, then back to the case', async () => {
    const { context, calls } = districtActionContext('nb', () => ({ changeCaseStatus: { id: CASE.id, version: 4 } }));
    const location = await redirectOf(
      casePageAction(
        formPost({ intent: 'status', version: '3', status: 'CLOSED', outcome: 'JOINED_GROUP', outcomeNote: '' }),
        CASE,
        withViewer(context),
      ),
    );
    expect(calls.mutations).toEqual([
      { input: { id: CASE.id, version: 3, status: 'CLOSED', outcome: 'JOINED_GROUP', outcomeNote: null } },
    ]);
    expect(location).toBe(`/vest/saker/${CASE.id}?melding=status`);
  });

  it('a stale status change shows the conflict, keeping the choice', async () => {
    const { context } = districtActionContext('nb', () => {
      throw new GatewayError('CONFLICT', 'stale');
    });
    const result = actionData<CaseActionData>(
      await casePageAction(
        formPost({ intent: 'status', version: '1', status: 'PAUSED', outcome: '', outcomeNote: '' }),
        CASE,
        withViewer(context),
      ),
    );
    expect(result.conflict).toBe(true);
    expect(result.values.status).toBe('PAUSED');
  });

  it('confirms a peer match with the case version and goes back to the case', async () => {
    const { context, calls } = districtActionContext('nb', () => ({ confirmPeerMatch: { caseId: CASE.id } }));
    const location = await redirectOf(
      confirmMatchAction(formPost({ peerId: 'peer-1', caseVersion: '2' }), CASE, withViewer(context)),
    );
    expect(calls.mutations).toEqual([{ caseId: CASE.id, peerId: 'peer-1', caseVersion: 2 }]);
    expect(location).toBe(`/vest/saker/${CASE.id}?melding=matched`);
  });
});
