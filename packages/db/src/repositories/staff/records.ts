import type { DistrictId, Role } from '@selvhjelp/domain';
import type {
  LoginAttempt,
  PasswordResetToken,
  Session,
  StaffUser,
} from '../../generated/prisma/client.js';

/*
 * What repositories return: plain objects of our own, so that Prisma's types never leak out of
 * this package (the gateway must not depend on the ORM).
 */

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

export function toStaffUserRecord(row: StaffUser): StaffUserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    // Written only through StaffUserRepository.create, which accepts known district ids only.
    districtId: row.districtId as DistrictId | null,
    passwordHash: row.passwordHash,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deactivatedAt: row.deactivatedAt,
  };
}

export function toSessionRecord(row: Session & { user: StaffUser }): SessionRecord {
  return {
    id: row.id,
    userId: row.userId,
    realmDistrictId: row.realmDistrictId as DistrictId | null,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    ipAddress: row.ipAddress,
    userAgent: row.userAgent,
    user: toStaffUserRecord(row.user),
  };
}

export function toLoginAttemptRecord(row: LoginAttempt): LoginAttemptRecord {
  return {
    id: row.id,
    email: row.email,
    userId: row.userId,
    outcome: row.outcome,
    ipAddress: row.ipAddress,
    clientNet: row.clientNet,
    userAgent: row.userAgent,
    at: row.at,
  };
}

export function toPasswordResetTokenRecord(row: PasswordResetToken): PasswordResetTokenRecord {
  return {
    id: row.id,
    userId: row.userId,
    createdById: row.createdById,
    purpose: row.purpose,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    usedAt: row.usedAt,
  };
}
