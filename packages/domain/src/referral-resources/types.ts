/** What kind of professional help or support a resource of the referral directory is. */
export const REFERRAL_RESOURCE_TYPES = [
  'PSYCHOLOGIST',
  'DPS',
  'CRISIS_LINE',
  'FAMILY_COUNSELLING',
  'USER_ORGANISATION',
  'MUNICIPAL_SERVICE',
  'OTHER',
] as const;
export type ReferralResourceType = (typeof REFERRAL_RESOURCE_TYPES)[number];

/** Where a resource takes people from: some municipalities, the whole district, or all of Norway. */
export const REFERRAL_AREA_KINDS = ['MUNICIPALITIES', 'DISTRICT', 'NATIONAL'] as const;
export type ReferralAreaKind = (typeof REFERRAL_AREA_KINDS)[number];

/** A resource a district recommends (hjelpetilbud); a referral on a case links to one. */
export interface ReferralResourceData {
  name: string;
  type: ReferralResourceType;
  /** What it offers, in a few lines. */
  offers: string;
  areaKind: ReferralAreaKind;
  /** Set exactly when `areaKind` is MUNICIPALITIES. */
  municipalityNumbers: string[];
  /** How to refer or get in touch (self-referral, GP referral, phone hours …). */
  howToRefer: string;
  phone: string | null;
  website: string | null;
  /** When the resource is a partner of the district's network. */
  partnerId: string | null;
}
