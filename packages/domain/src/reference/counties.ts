import type { DistrictId } from './districts.js';
import { DISTRICTS } from './districts.js';

export interface County {
  /** Official two-digit county number (2024 structure). */
  number: string;
  name: string;
}

/** The 15 counties of the 2024 county structure. */
export const COUNTIES: readonly County[] = [
  { number: '03', name: 'Oslo' },
  { number: '11', name: 'Rogaland' },
  { number: '15', name: 'Møre og Romsdal' },
  { number: '18', name: 'Nordland' },
  { number: '31', name: 'Østfold' },
  { number: '32', name: 'Akershus' },
  { number: '33', name: 'Buskerud' },
  { number: '34', name: 'Innlandet' },
  { number: '39', name: 'Vestfold' },
  { number: '40', name: 'Telemark' },
  { number: '42', name: 'Agder' },
  { number: '46', name: 'Vestland' },
  { number: '50', name: 'Trøndelag' },
  { number: '55', name: 'Troms' },
  { number: '56', name: 'Finnmark' },
];

const countyByNumber = new Map(COUNTIES.map((county) => [county.number, county]));
const districtByCounty = new Map<string, DistrictId>(
  DISTRICTS.flatMap((district) => district.countyNumbers.map((number) => [number, district.id] as const)),
);

export function findCounty(number: string): County | undefined {
  return countyByNumber.get(number);
}

export function districtIdOfCounty(countyNumber: string): DistrictId | undefined {
  return districtByCounty.get(countyNumber);
}
