/**
 * The seven district offices and the counties each covers (default configuration).
 * Every county of the 2024 structure belongs to exactly one district; see districts.test.ts.
 */
export const DISTRICT_IDS = ['nord', 'midt', 'vest', 'sorvest', 'sor', 'innlandet', 'ost'] as const;

export type DistrictId = (typeof DISTRICT_IDS)[number];

export interface District {
  id: DistrictId;
  /** Name of the office as people say it, e.g. "Selvhjelp Vest". */
  name: string;
  officeTown: string;
  /** Official county numbers (2024 structure). */
  countyNumbers: readonly string[];
}

export const DISTRICTS: readonly District[] = [
  { id: 'nord', name: 'Selvhjelp Nord', officeTown: 'Tromsø', countyNumbers: ['18', '55', '56'] },
  { id: 'midt', name: 'Selvhjelp Midt', officeTown: 'Trondheim', countyNumbers: ['50', '15'] },
  { id: 'vest', name: 'Selvhjelp Vest', officeTown: 'Bergen', countyNumbers: ['46'] },
  { id: 'sorvest', name: 'Selvhjelp Sørvest', officeTown: 'Stavanger', countyNumbers: ['11'] },
  { id: 'sor', name: 'Selvhjelp Sør', officeTown: 'Kristiansand', countyNumbers: ['42', '40', '39'] },
  { id: 'innlandet', name: 'Selvhjelp Innlandet', officeTown: 'Hamar', countyNumbers: ['34', '33'] },
  { id: 'ost', name: 'Selvhjelp Øst', officeTown: 'Oslo', countyNumbers: ['03', '32', '31'] },
];

const byId = new Map<string, District>(DISTRICTS.map((district) => [district.id, district]));

export function isDistrictId(value: unknown): value is DistrictId {
  return typeof value === 'string' && byId.has(value);
}

export function findDistrict(id: string): District | undefined {
  return byId.get(id);
}

export function getDistrict(id: DistrictId): District {
  const district = byId.get(id);
  if (!district) throw new Error(`Unknown district ${id}`);
  return district;
}
