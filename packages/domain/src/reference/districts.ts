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
  /** How the public reaches the office (the finder, the Meeting Guide feed). */
  contact: DistrictContact;
}

export interface DistrictContact {
  email: string;
  /** International format with spaces, e.g. "+47 55 00 10 00". */
  phone: string;
  web: string;
}

// The contact details are fictional placeholders (the reserved .example domain, made-up
// numbers with each region's area code): real values are configuration, to be supplied per
// installation before anything is published.
export const DISTRICTS: readonly District[] = [
  {
    id: 'nord',
    name: 'Selvhjelp Nord',
    officeTown: 'Tromsø',
    countyNumbers: ['18', '55', '56'],
    contact: { email: 'nord@selvhjelp.example', phone: '+47 77 00 10 00', web: 'https://selvhjelp.example/nord' },
  },
  {
    id: 'midt',
    name: 'Selvhjelp Midt',
    officeTown: 'Trondheim',
    countyNumbers: ['50', '15'],
    contact: { email: 'midt@selvhjelp.example', phone: '+47 73 00 10 00', web: 'https://selvhjelp.example/midt' },
  },
  {
    id: 'vest',
    name: 'Selvhjelp Vest',
    officeTown: 'Bergen',
    countyNumbers: ['46'],
    contact: { email: 'vest@selvhjelp.example', phone: '+47 55 00 10 00', web: 'https://selvhjelp.example/vest' },
  },
  {
    id: 'sorvest',
    name: 'Selvhjelp Sørvest',
    officeTown: 'Stavanger',
    countyNumbers: ['11'],
    contact: { email: 'sorvest@selvhjelp.example', phone: '+47 51 00 10 00', web: 'https://selvhjelp.example/sorvest' },
  },
  {
    id: 'sor',
    name: 'Selvhjelp Sør',
    officeTown: 'Kristiansand',
    countyNumbers: ['42', '40', '39'],
    contact: { email: 'sor@selvhjelp.example', phone: '+47 38 00 10 00', web: 'https://selvhjelp.example/sor' },
  },
  {
    id: 'innlandet',
    name: 'Selvhjelp Innlandet',
    officeTown: 'Hamar',
    countyNumbers: ['34', '33'],
    contact: {
      email: 'innlandet@selvhjelp.example',
      phone: '+47 62 00 10 00',
      web: 'https://selvhjelp.example/innlandet',
    },
  },
  {
    id: 'ost',
    name: 'Selvhjelp Øst',
    officeTown: 'Oslo',
    countyNumbers: ['03', '32', '31'],
    contact: { email: 'ost@selvhjelp.example', phone: '+47 22 00 10 00', web: 'https://selvhjelp.example/ost' },
  },
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
