// API clients' records and inputs (issue 14). Other files import its types from here, never from
// the repository file, so imports point one way.
import type { ApiClientData, ApiScope, DistrictId } from '@selvhjelp/domain';

/** One key of a client as staff see it: never the key or its hash, only its last four characters. */
export interface ApiClientSecretRecord {
  id: string;
  lastFour: string;
  createdAt: Date;
  /** Set on the previous key during a rotation's overlap. */
  validUntil: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface ApiClientRecord {
  id: string;
  name: string;
  contactName: string;
  contactEmail: string;
  partnerId: string | null;
  /** Nine digits; how an OAuth2 access token finds the client (decision 0035). */
  organisationNumber: string | null;
  scopes: ApiScope[];
  districtIds: DistrictId[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  version: number;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Newest first. */
  secrets: ApiClientSecretRecord[];
}

/** What authentication finds for a key's hash: the client and the one key it matched. */
export interface ApiKeyMatch {
  client: ApiClientRecord;
  secret: ApiClientSecretRecord;
}

/** The stored form of a new key: its SHA-256 and its last four characters. */
export interface NewApiSecret {
  secretHash: string;
  lastFour: string;
}

export interface NewApiClient {
  data: ApiClientData;
  secret: NewApiSecret;
  createdById: string | null;
  now: Date;
}

export interface ApiClientRotation {
  secret: NewApiSecret;
  /** Until when the keys in use so far keep working. */
  previousValidUntil: Date;
  now: Date;
}

export const MAX_API_CLIENTS_LISTED = 500;
