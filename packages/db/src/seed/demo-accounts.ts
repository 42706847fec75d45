import type { DistrictId, Role } from '@selvhjelp/domain';
import { DISTRICTS } from '@selvhjelp/domain';

/** Shared by every demo account; printed by the start script and the README. Never used outside demo data. */
export const DEMO_PASSWORD = 'demo-passord-2026';

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  districtId: DistrictId | null;
}

// Fictional people with ordinary Norwegian names; fixed so that screenshots and tests are stable.
const LEADS: Record<DistrictId, string> = {
  nord: 'Ingrid Solheim',
  midt: 'Ola Brekke',
  vest: 'Kari Haugland',
  sorvest: 'Lars Eide',
  sor: 'Sigrid Aasen',
  innlandet: 'Per Moen',
  ost: 'Marte Lunde',
};

const STAFF: Record<DistrictId, string> = {
  nord: 'Jonas Nilsen',
  midt: 'Hanne Strand',
  vest: 'Eirik Vik',
  sorvest: 'Silje Tveit',
  sor: 'Magnus Berge',
  innlandet: 'Astrid Bakken',
  ost: 'Henrik Dahl',
};

/** 2 national accounts + a lead and a staff member per district (16 with seven districts). */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = Object.freeze([
  { email: 'admin@demo.selvhjelp.no', name: 'Anne Fjeld', role: 'ADMIN', districtId: null },
  { email: 'nasjonal@demo.selvhjelp.no', name: 'Nils Rønning', role: 'NATIONAL', districtId: null },
  ...DISTRICTS.flatMap((district): DemoAccount[] => [
    {
      email: `${district.id}.leder@demo.selvhjelp.no`,
      name: LEADS[district.id],
      role: 'DISTRICT_LEAD',
      districtId: district.id,
    },
    {
      email: `${district.id}.ansatt@demo.selvhjelp.no`,
      name: STAFF[district.id],
      role: 'DISTRICT_STAFF',
      districtId: district.id,
    },
  ]),
]);
