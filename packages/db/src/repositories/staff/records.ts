import type { DistrictId } from '@selvhjelp/domain';
import type { LoginAttempt, PasswordResetToken, Session, StaffUser } from '../../generated/prisma/client.js';
import type { StaffUserRecord, SessionRecord, LoginAttemptRecord, PasswordResetTokenRecord } from './types.js';

/*
 * What repositories return: plain objects of our own, so that Prisma's types never leak out of
 * this package (the gateway must not depend on the ORM).
 */

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
