// The staff concept's records, inputs and limits. The concept's other files (and other
// concepts) import its types from here, never from a repository file, so imports point one way.
import type { Page } from '../../sql/lists.js';
import type { DistrictId, Role } from '@selvhjelp/domain';

export interface StaffUserRecord {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** null for NATIONAL and ADMIN. */
  districtId: DistrictId | null;
  /** argon2id hash; null until the user has set a password. Never send it to a client. */
  passwordHash: string | null;
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  deactivatedAt: Date | null;
}

export interface SessionRecord {
  id: string;
  userId: string;
  /** District portal the session belongs to; null = national portal. */
  realmDistrictId: DistrictId | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  ipAddress: string | null;
  userAgent: string | null;
  user: StaffUserRecord;
}

export const LOGIN_OUTCOMES = ['SUCCESS', 'BAD_CREDENTIALS', 'THROTTLED', 'INACTIVE', 'WRONG_REALM'] as const;

export type LoginOutcome = (typeof LOGIN_OUTCOMES)[number];

export interface LoginAttemptRecord {
  id: string;
  email: string;
  userId: string | null;
  outcome: LoginOutcome;
  ipAddress: string | null;
  clientNet: string | null;
  userAgent: string | null;
  at: Date;
}

export const PASSWORD_TOKEN_PURPOSES = ['INVITE', 'RESET'] as const;

export type PasswordTokenPurpose = (typeof PASSWORD_TOKEN_PURPOSES)[number];

export interface PasswordResetTokenRecord {
  id: string;
  userId: string;
  createdById: string | null;
  purpose: PasswordTokenPurpose;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

export const MAX_PAGE_SIZE = 200;

export interface StaffUserFilter {
  /** A district, or null for national staff and admins. */
  districtId?: DistrictId | null;
  role?: Role;
  active?: boolean;
}

export interface StaffUserListOptions extends StaffUserFilter {
  first: number;
  /** endCursor of the previous page. */
  after?: string | null;
}

export type StaffUserPage = Page<StaffUserRecord>;

export interface CreateStaffUserData {
  email: string;
  name: string;
  role: Role;
  districtId: DistrictId | null;
}

export interface CreateSessionData {
  userId: string;
  /** sha-256 hex of the token handed to the browser. */
  tokenHash: string;
  realmDistrictId: DistrictId | null;
  expiresAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
  now: Date;
}

export interface RecordLoginAttemptData {
  /** As typed by the user; stored lower-cased. */
  email: string;
  userId: string | null;
  outcome: LoginOutcome;
  ipAddress: string | null;
  /** The address's network for throttling (IPv4 address or IPv6 /64); the gateway decides it. */
  clientNet?: string | null;
  userAgent: string | null;
  at: Date;
}

export interface FailureStreak {
  /** BAD_CREDENTIALS attempts counted (see the method for which). */
  failures: number;
  lastFailureAt: Date | null;
}

export interface IssuePasswordTokenData {
  userId: string;
  /** sha-256 hex of the token sent by e-mail. */
  tokenHash: string;
  purpose: PasswordTokenPurpose;
  /** The staff user who sent an invite; null for a self-service reset. */
  createdById: string | null;
  expiresAt: Date;
  now: Date;
}

export interface CalendarFeedTokenRecord {
  id: string;
  userId: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface IssueCalendarFeedTokenData {
  userId: string;
  /** sha-256 hex of the token in the address; the token itself is never stored. */
  tokenHash: string;
  now: Date;
}
