// The referral directory's records, inputs and limits. Other files import its types from here,
// never from the repository file, so imports point one way.
import type { Page } from '../../sql/lists.js';
import type { DistrictId, ReferralAreaKind, ReferralResourceData, ReferralResourceType } from '@selvhjelp/domain';

/** A resource of professional help the district recommends (hjelpetilbud). */
export interface ReferralResourceRecord {
  id: string;
  districtId: DistrictId;
  name: string;
  type: ReferralResourceType;
  offers: string;
  areaKind: ReferralAreaKind;
  /** Sorted; set exactly when areaKind is MUNICIPALITIES. */
  municipalityNumbers: string[];
  howToRefer: string;
  phone: string | null;
  website: string | null;
  partnerId: string | null;
  /** Archived resources stay linked from old referrals but are no longer offered. */
  archivedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const MAX_REFERRAL_RESOURCE_PAGE_SIZE = 100;

export interface ReferralResourceListFilter {
  types?: ReferralResourceType[];
  areaKinds?: ReferralAreaKind[];
  /** Resources that take people from this municipality: the whole country, its district, or it by name. */
  municipalityNumber?: string;
  /** Default false: archived resources are left out. */
  includeArchived?: boolean;
  /** Case-insensitive, in the name. */
  search?: string;
}

export interface ReferralResourceListOptions {
  filter?: ReferralResourceListFilter;
  first: number;
  after?: string | null;
}

export type ReferralResourcePage = Page<ReferralResourceRecord>;

export interface NewReferralResource {
  districtId: DistrictId;
  data: ReferralResourceData;
  now: Date;
}

export interface ReferralResourceUpdate {
  data: ReferralResourceData;
  now: Date;
}
