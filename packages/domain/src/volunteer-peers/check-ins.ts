import { z } from 'zod';
import { addDays, compareIsoDates } from '../groups/dates.js';
import { isObjectPayload } from '../groups/schedule-input.js';
import type { IsoDate } from '../groups/types.js';
import { optionalPersonText } from '../privacy/free-text.js';
import { nextDayAfterDate, optionalDay, pastOrToday } from '../dated-input.js';

/** Staff check in with a peer this often while the peer follows someone. */
export const DEFAULT_PEER_CHECK_IN_WEEKS = 4;
/** A check-in due within this many days is on the due list. */
export const PEER_CHECK_IN_SOON_DAYS = 7;
export const PEER_CHECK_IN_NOTE_MAX_LENGTH = 2000;

/** What decides when staff next check in with a peer. */
export interface PeerCheckInFacts {
  /** People the peer follows now. */
  activeFollowUps: number;
  /** The day the peer's current stretch of following someone began (the earliest open match). */
  followingSince: IsoDate | null;
  lastCheckInOn: IsoDate | null;
  /** A day staff set by hand at the last check-in; it wins over the interval. */
  nextCheckInOverride: IsoDate | null;
}

/**
 * When staff next check in with the peer: every `weeks` weeks from the later of the last
 * check-in and the day following began; none while the peer follows no one.
 */
export function nextPeerCheckInDue(
  facts: PeerCheckInFacts,
  weeks: number = DEFAULT_PEER_CHECK_IN_WEEKS,
): IsoDate | null {
  if (facts.activeFollowUps <= 0 || facts.followingSince === null) return null;
  if (facts.nextCheckInOverride !== null) return facts.nextCheckInOverride;
  const last = facts.lastCheckInOn;
  const from = last !== null && compareIsoDates(last, facts.followingSince) > 0 ? last : facts.followingSince;
  return addDays(from, weeks * 7);
}

export interface PeerCheckInDue<T> {
  peer: T;
  dueOn: IsoDate;
  overdue: boolean;
}

/** The due list: peers whose check-in is overdue or due within `soonDays`, soonest first (ties by id). */
export function peerCheckInsDue<T extends PeerCheckInFacts & { id: string }>(
  peers: readonly T[],
  today: IsoDate,
  { weeks = DEFAULT_PEER_CHECK_IN_WEEKS, soonDays = PEER_CHECK_IN_SOON_DAYS } = {},
): PeerCheckInDue<T>[] {
  const cutoff = addDays(today, soonDays);
  const due: PeerCheckInDue<T>[] = [];
  for (const peer of peers) {
    const dueOn = nextPeerCheckInDue(peer, weeks);
    if (dueOn !== null && compareIsoDates(dueOn, cutoff) <= 0)
      due.push({ peer, dueOn, overdue: compareIsoDates(dueOn, today) < 0 });
  }
  return due.sort(
    (a, b) => compareIsoDates(a.dueOn, b.dueOn) || (a.peer.id < b.peer.id ? -1 : a.peer.id > b.peer.id ? 1 : 0),
  );
}

export interface PeerCheckInRegistration {
  date: IsoDate;
  /** Visible to staff of the district only. */
  note: string | null;
  nextCheckInOn: IsoDate | null;
}

/** A check-in held on or before `today`; the next one, if set by hand, after it. */
export function makePeerCheckInSchema(today: IsoDate) {
  return z
    .object({
      date: pastOrToday(today),
      note: optionalPersonText(PEER_CHECK_IN_NOTE_MAX_LENGTH, 'NOTE_TOO_LONG'),
      nextCheckInOn: optionalDay,
    })
    .superRefine(nextDayAfterDate('nextCheckInOn', 'PEER_CHECK_IN_NEXT_AFTER_DATE'), { when: isObjectPayload })
    .transform((input): PeerCheckInRegistration => ({ ...input, nextCheckInOn: input.nextCheckInOn ?? null }));
}
