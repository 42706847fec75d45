import { describe, expect, it } from 'vitest';
import { refusalsOfZodError } from '../messages/index.js';
import type { ConsentRecord } from '../privacy/consent.js';
import type { InterestListEntryFacts } from './interest-list.js';
import { interestContactsForGroup, interestDemand, interestListEntryInputSchema } from './interest-list.js';

const TODAY = '2026-12-04';
const consentToList: ConsentRecord = {
  purpose: 'INTEREST_LIST',
  givenOn: '2026-10-01',
  wording: 'Jeg vil stå på interesselisten og bli kontaktet når en gruppe starter.',
  withdrawnOn: null,
};

const entry = (id: string, overrides: Partial<InterestListEntryFacts> = {}): InterestListEntryFacts => ({
  id,
  themeId: 'grief',
  municipalityNumber: '4601',
  closedOn: null,
  consents: [consentToList],
  ...overrides,
});

// Five people want a grief group in Bergen; three may be contacted.
const bergenGrief = [
  entry('p1'),
  entry('p2'),
  entry('p3', { consents: [] }),
  entry('p4', { consents: [{ ...consentToList, withdrawnOn: '2026-11-01' }] }),
  entry('p5'),
];
const others = [
  entry('voss', { municipalityNumber: '4621' }),
  entry('anxiety', { themeId: 'anxiety' }),
  entry('placed', { closedOn: '2026-11-15' }),
  entry('oslo', { municipalityNumber: '0301', themeId: 'anxiety' }),
];

describe('interestDemand', () => {
  it('counts open entries per theme and municipality, largest first', () => {
    expect(interestDemand([...bergenGrief, ...others])).toEqual([
      { themeId: 'grief', municipalityNumber: '4601', count: 5 },
      { themeId: 'anxiety', municipalityNumber: '0301', count: 1 },
      { themeId: 'anxiety', municipalityNumber: '4601', count: 1 },
      { themeId: 'grief', municipalityNumber: '4621', count: 1 },
    ]);
  });
});

describe('interestContactsForGroup', () => {
  it('shows staff those on the list for a grief group starting in Bergen who consented to be contacted', () => {
    const contacts = interestContactsForGroup(
      [...bergenGrief, ...others],
      { themeIds: ['grief'], municipalityNumber: '4601' },
      TODAY,
    );
    expect(contacts.toContact.map((e) => e.id)).toEqual(['p1', 'p2', 'p5']);
    expect(contacts.withoutConsent).toBe(2);
  });

  it('reaches the county when asked, and every theme for a group across themes', () => {
    const county = interestContactsForGroup(
      others,
      { themeIds: ['grief'], municipalityNumber: '4601' },
      TODAY,
      'COUNTY',
    );
    expect(county.toContact.map((e) => e.id)).toEqual(['voss']);
    const mixed = interestContactsForGroup(others, { themeIds: ['mixed'], municipalityNumber: '4601' }, TODAY);
    expect(mixed.toContact.map((e) => e.id)).toEqual(['anxiety']);
  });
});

describe('interestListEntryInputSchema', () => {
  it('takes a theme, a municipality and maybe the starting group', () => {
    expect(interestListEntryInputSchema.parse({ themeId: 'grief', municipalityNumber: '4601', groupId: '' })).toEqual({
      themeId: 'grief',
      municipalityNumber: '4601',
      groupId: null,
    });
    const parsed = interestListEntryInputSchema.safeParse({
      themeId: 'astrology',
      municipalityNumber: '',
      groupId: 'x',
    });
    expect(refusalsOfZodError(parsed.error!).map((r) => [r.field, r.reason])).toEqual([
      ['themeId', 'UNKNOWN_THEME'],
      ['municipalityNumber', 'MUNICIPALITY_REQUIRED'],
      ['groupId', 'GROUP_NOT_FOUND'],
    ]);
  });
});
