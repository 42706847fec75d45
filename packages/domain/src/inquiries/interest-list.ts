import { z } from 'zod';
import { municipalityNumberSchema } from '../facilitators/facilitator-input.js';
import type { IsoDate } from '../groups/types.js';
import { isUuid } from '../input-fields.js';
import type { ConsentRecord } from '../privacy/consent.js';
import { hasConsent } from '../privacy/consent.js';
import { findMunicipality } from '../reference/municipalities.js';
import { isThemeId, MIXED_THEME_ID } from '../reference/themes.js';

/**
 * A place on a group's interest list: someone wants a group on a theme near them that does not
 * exist yet, or that is starting (`groupId`). The list shows demand per theme and municipality;
 * when a group starts, staff contact those who consented.
 */
export interface InterestListEntryData {
  themeId: string;
  municipalityNumber: string;
  /** The starting group the person is waiting for, when there is one. */
  groupId: string | null;
}

export const interestListEntryInputSchema = z.object(
  {
    themeId: z.string({ message: 'THEME_REQUIRED' }).trim().min(1, { message: 'THEME_REQUIRED' }).refine(isThemeId, {
      message: 'UNKNOWN_THEME',
    }),
    municipalityNumber: municipalityNumberSchema,
    groupId: z.preprocess(
      (value) => (value === '' || value === undefined ? null : value),
      z.string({ message: 'GROUP_NOT_FOUND' }).refine(isUuid, { message: 'GROUP_NOT_FOUND' }).nullable(),
    ),
  },
  { message: 'INTEREST_LIST_ENTRY_INCOMPLETE' },
) satisfies z.ZodType<InterestListEntryData, unknown>;

/** An entry as kept, with the person's consents (contact details live with the inquiry). */
export interface InterestListEntryFacts {
  id: string;
  themeId: string;
  municipalityNumber: string;
  /** Set once the person got a place or left the list; such entries no longer count. */
  closedOn: IsoDate | null;
  consents: readonly ConsentRecord[];
}

export interface InterestDemand {
  themeId: string;
  municipalityNumber: string;
  count: number;
}

/** Demand per theme and municipality (open entries only), largest first, then by theme and municipality. */
export function interestDemand(entries: readonly InterestListEntryFacts[]): InterestDemand[] {
  const counts = new Map<string, InterestDemand>();
  for (const entry of entries) {
    if (entry.closedOn !== null) continue;
    const key = `${entry.themeId}|${entry.municipalityNumber}`;
    const demand = counts.get(key) ?? {
      themeId: entry.themeId,
      municipalityNumber: entry.municipalityNumber,
      count: 0,
    };
    demand.count += 1;
    counts.set(key, demand);
  }
  return [...counts.values()].sort(
    (a, b) =>
      b.count - a.count ||
      (a.themeId < b.themeId ? -1 : a.themeId > b.themeId ? 1 : 0) ||
      (a.municipalityNumber < b.municipalityNumber ? -1 : a.municipalityNumber > b.municipalityNumber ? 1 : 0),
  );
}

/** A group that starts, as the interest list needs it. */
export interface StartingGroupFacts {
  themeIds: readonly string[];
  municipalityNumber: string;
}

/** How far from the group's municipality people on the list are asked: the same one, or the same county. */
export type InterestReach = 'MUNICIPALITY' | 'COUNTY';

export interface InterestContacts<T> {
  /** Those staff may contact now: interest-list consent in force on `today`. */
  toContact: T[];
  /** How many more are on the list without that consent (a count only: they are not contacted). */
  withoutConsent: number;
}

/**
 * Who on the interest list to tell that a group is starting: open entries on one of its themes
 * (a group across themes, "mixed", welcomes every theme) near its municipality.
 */
export function interestContactsForGroup<T extends InterestListEntryFacts>(
  entries: readonly T[],
  group: StartingGroupFacts,
  today: IsoDate,
  reach: InterestReach = 'MUNICIPALITY',
): InterestContacts<T> {
  const themes = new Set(group.themeIds);
  const county = findMunicipality(group.municipalityNumber)?.countyNumber;
  const near = (municipalityNumber: string) =>
    municipalityNumber === group.municipalityNumber ||
    (reach === 'COUNTY' && county !== undefined && findMunicipality(municipalityNumber)?.countyNumber === county);
  const matching = entries.filter(
    (entry) =>
      entry.closedOn === null &&
      (themes.has(entry.themeId) || themes.has(MIXED_THEME_ID)) &&
      near(entry.municipalityNumber),
  );
  const toContact = matching.filter((entry) => hasConsent(entry.consents, 'INTEREST_LIST', today));
  return { toContact, withoutConsent: matching.length - toContact.length };
}
