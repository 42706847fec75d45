import { describe, expect, it } from 'vitest';
import { refusalsOfZodError } from '../messages/index.js';
import { makeCaseNoteInputSchema, makeCaseReferralInputSchema, makeFollowUpCaseInputSchema } from './case-input.js';
import { caseFollowUpsDue } from './due-list.js';

const TODAY = '2026-12-04';
const STAFF_ID = '5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f';
const PEER_ID = '7e1d2c3b-4a5f-4e6d-9c8b-0a1f2e3d4c5b';

const fieldsAndReasons = (
  schema: { safeParse(input: unknown): { success: boolean; error?: unknown } },
  input: unknown,
) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : refusalsOfZodError(parsed.error as never).map((r) => [r.field, r.reason]);
};

describe('makeFollowUpCaseInputSchema', () => {
  const schema = makeFollowUpCaseInputSchema(TODAY);

  it('takes the responsible staff member, a peer and the next follow-up', () => {
    expect(schema.parse({ responsibleStaffUserId: STAFF_ID, peerId: '', nextFollowUpOn: '' })).toEqual({
      responsibleStaffUserId: STAFF_ID,
      peerId: null,
      nextFollowUpOn: null,
    });
    expect(schema.parse({ responsibleStaffUserId: STAFF_ID, peerId: PEER_ID, nextFollowUpOn: TODAY }).peerId).toBe(
      PEER_ID,
    );
  });

  it('refuses a missing staff member, an odd peer id and a follow-up in the past', () => {
    expect(fieldsAndReasons(schema, { peerId: 'x', nextFollowUpOn: '2026-12-03' })).toEqual([
      ['responsibleStaffUserId', 'CASE_RESPONSIBLE_REQUIRED'],
      ['peerId', 'PEER_NOT_FOUND'],
      ['nextFollowUpOn', 'CASE_FOLLOW_UP_IN_PAST'],
    ]);
  });
});

describe('makeCaseNoteInputSchema', () => {
  const schema = makeCaseNoteInputSchema(TODAY);

  it('takes a dated note and the next follow-up it sets', () => {
    expect(schema.parse({ date: TODAY, text: ' Snakket med Kari. ', nextFollowUpOn: '2026-12-18' })).toEqual({
      date: TODAY,
      text: 'Snakket med Kari.',
      nextFollowUpOn: '2026-12-18',
    });
  });

  it('refuses an empty or future note, a follow-up not after it, and an identity number', () => {
    expect(fieldsAndReasons(schema, { date: '2026-12-05', text: ' ', nextFollowUpOn: '2026-12-05' })).toEqual([
      ['date', 'DATE_IN_FUTURE'],
      ['text', 'NOTE_REQUIRED'],
      ['nextFollowUpOn', 'NEXT_FOLLOW_UP_AFTER_DATE'],
    ]);
    expect(fieldsAndReasons(schema, { date: TODAY, text: 'Hennes D-nummer: 53097248016' })).toEqual([
      ['text', 'NATIONAL_ID_NUMBER'],
    ]);
    expect(schema.parse({ date: TODAY, text: 'Ring 47912345678' }).text).toBe('Ring 47912345678');
  });
});

describe('makeCaseReferralInputSchema', () => {
  it('links a referral to a resource of the directory', () => {
    const schema = makeCaseReferralInputSchema(TODAY);
    expect(schema.parse({ referralResourceId: PEER_ID, date: TODAY })).toEqual({
      referralResourceId: PEER_ID,
      date: TODAY,
      note: null,
    });
    expect(fieldsAndReasons(schema, { date: TODAY })).toEqual([['referralResourceId', 'REFERRAL_RESOURCE_REQUIRED']]);
  });
});

describe('caseFollowUpsDue', () => {
  it('lists open cases overdue or due within a week, soonest first, ties by id', () => {
    const cases = [
      { id: 'c', status: 'OPEN', nextFollowUpOn: '2026-12-11' },
      { id: 'b', status: 'OPEN', nextFollowUpOn: '2026-12-01' },
      { id: 'a', status: 'OPEN', nextFollowUpOn: '2026-12-01' },
      { id: 'later', status: 'OPEN', nextFollowUpOn: '2026-12-12' },
      { id: 'paused', status: 'PAUSED', nextFollowUpOn: '2026-11-01' },
      { id: 'closed', status: 'CLOSED', nextFollowUpOn: null },
      { id: 'undated', status: 'OPEN', nextFollowUpOn: null },
    ] as const;
    expect(caseFollowUpsDue(cases, TODAY).map((d) => [d.followUpCase.id, d.dueOn, d.overdue])).toEqual([
      ['a', '2026-12-01', true],
      ['b', '2026-12-01', true],
      ['c', '2026-12-11', false],
    ]);
  });
});
