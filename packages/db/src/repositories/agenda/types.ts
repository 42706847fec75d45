import type { IsoDate } from '@selvhjelp/domain';

/** The days an agenda is worked out for (calendar days in Europe/Oslo). */
export interface AgendaDays {
  today: IsoDate;
  /** Group follow-ups due on or before this day are listed (today + the domain's FOLLOW_UP_SOON_DAYS). */
  followUpsBy: IsoDate;
  /** Course sessions and activities from today up to and including this day. */
  upcomingUntil: IsoDate;
}

/** A short list as ids: its first `first` entries in the agenda's order, and how many there are in all. */
export interface AgendaIdList {
  totalCount: number;
  ids: string[];
}

export interface AgendaSessionRef {
  courseId: string;
  sessionId: string;
}

/** The non-personal short lists of a district's agenda, from one statement. */
export interface AgendaRegistryLists {
  /** Groups not CLOSED whose next follow-up is due by `followUpsBy`, overdue first (soonest due first). */
  groupFollowUps: AgendaIdList & { overdueCount: number };
  /** STARTING groups, soonest start date first; overdue: the start date has passed. */
  startingGroups: AgendaIdList & { overdueCount: number };
  /** Sessions of courses that are not cancelled, from today to `upcomingUntil`, in date and time order. */
  courseSessions: { totalCount: number; sessions: AgendaSessionRef[] };
  /** PLANNED activities from today to `upcomingUntil`, in date and time order. */
  activities: AgendaIdList;
}
