import type { IsoDate } from '../groups/types.js';

/** What kind of local actor a partner is. */
export const PARTNER_TYPES = [
  'MUNICIPALITY',
  'NAV_OFFICE',
  'DPS',
  'HOSPITAL_UNIT',
  'GP_OFFICE',
  'PHARMACY',
  'VOLUNTEER_CENTRE',
  'USER_ORGANISATION',
  'PRISON',
  'SCHOOL',
  'LIBRARY',
  'FAITH_COMMUNITY',
  'OTHER',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** Where the relationship stands: not yet working together, working together, gone quiet. */
export const PARTNER_STATUSES = ['PROSPECT', 'ACTIVE', 'DORMANT'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/**
 * A partner organisation as one district office records it. The district that registered it
 * (`districtId`) owns the record; `workingDistrictIds` are the districts it works with and
 * always include the owner. The same organisation may be registered by two districts, but
 * never twice by one (organisation number unique per district).
 */
export interface PartnerData {
  name: string;
  type: PartnerType;
  /** Nine digits, modulus-11 check digit valid; optional (not every partner has one). */
  organisationNumber: string | null;
  municipalityNumber: string;
  streetAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  website: string | null;
  status: PartnerStatus;
  /** Besides the owning district; the owner is added by the repository. */
  workingDistrictIds: string[];
  notes: string | null;
}

/** A person at a partner. Email, phone and consent note are for the district's staff only. */
export interface ContactData {
  name: string;
  email: string | null;
  phone: string | null;
  /** How and when the person agreed to be kept on record. */
  consentNote: string | null;
}

/** The person's place at a partner: role, and when it began. */
export interface AffiliationData {
  role: string | null;
  fromDate: IsoDate;
}

/** A cooperation agreement. */
export interface AgreementData {
  title: string;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
  /** What the parties agreed to do. */
  scope: string;
}
