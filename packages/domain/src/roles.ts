import { z } from 'zod';
import type { DistrictId } from './reference/districts.js';
import { DISTRICT_IDS } from './reference/districts.js';

export const ROLES = ['DISTRICT_STAFF', 'DISTRICT_LEAD', 'NATIONAL', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const DISTRICT_ROLES: readonly Role[] = ['DISTRICT_STAFF', 'DISTRICT_LEAD'];

export function isDistrictRole(role: Role): boolean {
  return DISTRICT_ROLES.includes(role);
}

/**
 * What part of the data a caller may touch. Every repository call takes one.
 * `national` sees every district; `district` sees one.
 */
export type Scope = { kind: 'national' } | { kind: 'district'; districtId: DistrictId };

export const NATIONAL_SCOPE: Scope = Object.freeze({ kind: 'national' });

export function districtScope(districtId: DistrictId): Scope {
  return { kind: 'district', districtId };
}

/** The district ids a scope covers. */
export function districtIdsInScope(scope: Scope): readonly DistrictId[] {
  return scope.kind === 'national' ? DISTRICT_IDS : [scope.districtId];
}

export function scopeIncludes(scope: Scope, districtId: string | null | undefined): boolean {
  if (scope.kind === 'national') return true;
  return districtId === scope.districtId;
}

export const roleSchema = z.enum(ROLES);
