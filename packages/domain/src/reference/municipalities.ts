import { districtIdOfCounty } from './counties.js';
import type { DistrictId } from './districts.js';
import { MUNICIPALITY_ROWS } from './municipality-rows.js';

export interface Municipality {
  /** Official four-digit kommunenummer; the first two digits are the county number. */
  number: string;
  /** Bokmål/Norwegian name. Sami and Kven parallel names are left out so every entry has one form. */
  name: string;
  countyNumber: string;
}

export const MUNICIPALITIES: readonly Municipality[] = Object.freeze(
  MUNICIPALITY_ROWS.map(([number, name]) => Object.freeze({ number, name, countyNumber: number.slice(0, 2) })).sort(
    (a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0),
  ),
);

const byNumber = new Map(MUNICIPALITIES.map((municipality) => [municipality.number, municipality]));

// Lists handed out are frozen: they are shared by every caller.
function groupBy(keyOf: (municipality: Municipality) => string | undefined): Map<string, readonly Municipality[]> {
  const groups = new Map<string, Municipality[]>();
  for (const municipality of MUNICIPALITIES) {
    const key = keyOf(municipality);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(municipality);
    else groups.set(key, [municipality]);
  }
  return new Map([...groups].map(([key, group]) => [key, Object.freeze(group)]));
}

const byCounty = groupBy((municipality) => municipality.countyNumber);
const byDistrict = groupBy((municipality) => districtIdOfCounty(municipality.countyNumber));

export function findMunicipality(number: string): Municipality | undefined {
  return byNumber.get(number);
}

/** Sorted by number; empty for an unknown county. */
export function municipalitiesInCounty(countyNumber: string): readonly Municipality[] {
  return byCounty.get(countyNumber) ?? [];
}

/** Sorted by number; empty for an unknown district. */
export function municipalitiesInDistrict(districtId: string): readonly Municipality[] {
  return byDistrict.get(districtId) ?? [];
}

export function districtIdOfMunicipality(number: string): DistrictId | undefined {
  const municipality = byNumber.get(number);
  return municipality ? districtIdOfCounty(municipality.countyNumber) : undefined;
}
