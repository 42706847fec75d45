import { byNorwegianName, COUNTIES, findDistrict, MUNICIPALITIES } from '@selvhjelp/domain';

export interface FinderCounty {
  number: string;
  name: string;
  municipalities: readonly { number: string; name: string }[];
}

function buildPlaceOptions(pinned: string | null): FinderCounty[] {
  const countyNumbers = pinned ? (findDistrict(pinned)?.countyNumbers ?? []) : COUNTIES.map((county) => county.number);
  const counties = COUNTIES.filter((county) => countyNumbers.includes(county.number)).sort(byNorwegianName);
  return counties.map((county) => ({
    number: county.number,
    name: county.name,
    municipalities: MUNICIPALITIES.filter((municipality) => municipality.countyNumber === county.number)
      .map(({ number, name }) => ({ number, name }))
      .sort(byNorwegianName),
  }));
}

// Reference data, the same in every build: worked out once where the page renders (server and
// browser alike) instead of travelling in every page's loader data (357 municipalities).
const placeOptionsByPinned = new Map<string, FinderCounty[]>();

/** Counties and municipalities to choose from: the pinned district's, or all of them grouped by county. */
export function placeOptions(pinned: string | null): readonly FinderCounty[] {
  let options = placeOptionsByPinned.get(pinned ?? '');
  if (!options) {
    options = buildPlaceOptions(pinned);
    placeOptionsByPinned.set(pinned ?? '', options);
  }
  return options;
}
