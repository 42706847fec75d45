import { describe, expect, it } from 'vitest';
import { refusalsOfZodError } from '../messages/index.js';
import type { PeerCheckInFacts } from './check-ins.js';
import { makePeerCheckInSchema, nextPeerCheckInDue, peerCheckInsDue } from './check-ins.js';
import { peerLoads } from './load.js';

const TODAY = '2026-12-04';
const facts = (overrides: Partial<PeerCheckInFacts> = {}): PeerCheckInFacts => ({
  activeFollowUps: 1,
  followingSince: '2026-11-01',
  lastCheckInOn: null,
  nextCheckInOverride: null,
  ...overrides,
});

describe('nextPeerCheckInDue', () => {
  it('is four weeks after following began, then four weeks after each check-in', () => {
    expect(nextPeerCheckInDue(facts())).toBe('2026-11-29');
    expect(nextPeerCheckInDue(facts({ lastCheckInOn: '2026-11-27' }))).toBe('2026-12-25');
    // A check-in before this stretch of following began does not count.
    expect(nextPeerCheckInDue(facts({ lastCheckInOn: '2026-09-01' }))).toBe('2026-11-29');
    expect(nextPeerCheckInDue(facts({ lastCheckInOn: '2026-11-27' }), 2)).toBe('2026-12-11');
  });

  it('is none while the peer follows no one, and the day staff set when they set one', () => {
    expect(nextPeerCheckInDue(facts({ activeFollowUps: 0 }))).toBeNull();
    expect(nextPeerCheckInDue(facts({ followingSince: null }))).toBeNull();
    expect(nextPeerCheckInDue(facts({ nextCheckInOverride: '2027-01-15' }))).toBe('2027-01-15');
  });
});

describe('peerCheckInsDue', () => {
  it('lists overdue and soon-due check-ins, soonest first, ties by id', () => {
    const peers = [
      { id: 'later', ...facts({ lastCheckInOn: '2026-11-20' }) }, // due 12-18: beyond a week
      { id: 'soon', ...facts({ lastCheckInOn: '2026-11-12' }) }, // due 12-10
      { id: 'overdue-b', ...facts() }, // due 11-29
      { id: 'overdue-a', ...facts() },
      { id: 'idle', ...facts({ activeFollowUps: 0 }) },
    ];
    expect(peerCheckInsDue(peers, TODAY).map((d) => [d.peer.id, d.dueOn, d.overdue])).toEqual([
      ['overdue-a', '2026-11-29', true],
      ['overdue-b', '2026-11-29', true],
      ['soon', '2026-12-10', false],
    ]);
    expect(peerCheckInsDue(peers, TODAY, { soonDays: 14 }).map((d) => d.peer.id)).toContain('later');
  });
});

describe('makePeerCheckInSchema', () => {
  const schema = makePeerCheckInSchema(TODAY);

  it('takes a check-in held today with a note, and the next day when set', () => {
    expect(schema.parse({ date: TODAY, note: 'Går fint.', nextCheckInOn: '' })).toEqual({
      date: TODAY,
      note: 'Går fint.',
      nextCheckInOn: null,
    });
    expect(schema.parse({ date: TODAY, nextCheckInOn: '2026-12-20' }).nextCheckInOn).toBe('2026-12-20');
  });

  it('refuses a future check-in, a next one not after it, and an identity number in the note', () => {
    const parsed = schema.safeParse({ date: '2026-12-05', note: 'Fnr 13097248022', nextCheckInOn: '2026-12-05' });
    expect(refusalsOfZodError(parsed.error!).map((r) => [r.field, r.reason])).toEqual([
      ['date', 'DATE_IN_FUTURE'],
      ['note', 'NATIONAL_ID_NUMBER'],
      ['nextCheckInOn', 'PEER_CHECK_IN_NEXT_AFTER_DATE'],
    ]);
  });
});

describe('peerLoads', () => {
  it('counts open and paused cases per peer; a closed case frees the place', () => {
    const loads = peerLoads([
      { peerId: 'ola', status: 'OPEN' },
      { peerId: 'ola', status: 'PAUSED' },
      { peerId: 'ola', status: 'CLOSED' },
      { peerId: 'kari', status: 'CLOSED' },
      { peerId: null, status: 'OPEN' },
    ]);
    expect([...loads]).toEqual([['ola', 2]]);
  });
});
