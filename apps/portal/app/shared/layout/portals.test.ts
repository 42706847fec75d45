import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation';
import { resolvePortal, portalUrl, servedPortals } from './portals';

describe('resolvePortal', () => {
  describe('unpinned', () => {
    it('serves every district and the national office', () => {
      expect(resolvePortal('vest', undefined)).toEqual({ kind: 'district', segment: 'vest', districtId: 'vest' });
      expect(resolvePortal('sorvest', undefined)?.kind).toBe('district');
      expect(resolvePortal('nasjonalt', undefined)).toEqual({
        kind: 'national',
        segment: 'nasjonalt',
        districtId: null,
      });
    });

    it('knows no other portal', () => {
      expect(resolvePortal('bergen', undefined)).toBeNull();
      expect(resolvePortal('Vest', undefined)).toBeNull();
      expect(resolvePortal(undefined, undefined)).toBeNull();
    });
  });

  describe('pinned to vest', () => {
    it('serves vest', () => {
      expect(resolvePortal('vest', 'vest')).toEqual({ kind: 'district', segment: 'vest', districtId: 'vest' });
    });

    it.each(['nord', 'ost', 'nasjonalt', 'ukjent'])('answers %s with nothing (404)', (segment) => {
      expect(resolvePortal(segment, 'vest')).toBeNull();
    });

    it('lists only its own portal', () => {
      expect(servedPortals('vest').map((portal) => portal.segment)).toEqual(['vest']);
      expect(servedPortals(undefined)).toHaveLength(8);
    });
  });
});

describe('navigationFor', () => {
  const vest = resolvePortal('vest', undefined)!;
  const national = resolvePortal('nasjonalt', undefined)!;

  it('lists the district capabilities, each with its page', () => {
    const items = navigationFor(vest, 'DISTRICT_STAFF');
    expect(items.map((item) => item.label)).toEqual([
      'nav.home',
      'nav.groups',
      'nav.facilitators',
      'nav.partners',
      'nav.activities',
      'nav.inquiries',
      'nav.cases',
      'nav.peers',
      'nav.surveys',
    ]);
    expect(items.filter((item) => item.page === null)).toEqual([]);
    expect(items.find((item) => item.label === 'nav.inquiries')?.page).toBe('henvendelser');
    expect(items.find((item) => item.label === 'nav.partners')?.page).toBe('samarbeidspartnere');
    expect(items.find((item) => item.label === 'nav.activities')?.page).toBe('aktiviteter');
    expect(items.find((item) => item.label === 'nav.cases')?.page).toBe('saker');
    expect(items.find((item) => item.label === 'nav.groups')?.page).toBe('grupper');
    expect(items.find((item) => item.label === 'nav.facilitators')?.page).toBe('igangsettere');
    expect(items.find((item) => item.label === 'nav.peers')?.page).toBe('likepersoner');
  });

  it('offers user and API client administration to district leads and admins only', () => {
    expect(navigationFor(vest, 'DISTRICT_LEAD').slice(-2)).toEqual([
      { label: 'nav.users', page: 'brukere' },
      { label: 'nav.apiClients', page: 'api-klienter' },
    ]);
    expect(navigationFor(national, 'ADMIN').map((item) => item.label)).toEqual([
      'nav.home',
      'overview.nav',
      'nav.groups',
      'nav.districts',
      'nav.outreachOverview',
      'nav.reports',
      'nav.surveys',
      'nav.users',
      'nav.apiClients',
    ]);
    expect(navigationFor(national, 'NATIONAL').map((item) => item.label)).toEqual([
      'nav.home',
      'overview.nav',
      'nav.groups',
      'nav.districts',
      'nav.outreachOverview',
      'nav.reports',
      'nav.surveys',
    ]);
  });
});

describe('portalUrl', () => {
  it('builds the one-time link on the user’s own portal', () => {
    expect(portalUrl('https://portal.example', 'vest', 'nytt-passord', { token: 'a b' })).toBe(
      'https://portal.example/vest/nytt-passord?token=a+b',
    );
  });
});
