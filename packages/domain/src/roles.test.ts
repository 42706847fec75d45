import { describe, expect, it } from 'vitest';
import { DISTRICT_IDS } from './reference/districts.js';
import {
  NATIONAL_SCOPE,
  districtIdsInScope,
  districtScope,
  isDistrictRole,
  roleSchema,
  scopeIncludes,
} from './roles.js';

describe('roles', () => {
  it('tells district roles from national ones', () => {
    expect(isDistrictRole('DISTRICT_STAFF')).toBe(true);
    expect(isDistrictRole('DISTRICT_LEAD')).toBe(true);
    expect(isDistrictRole('NATIONAL')).toBe(false);
    expect(isDistrictRole('ADMIN')).toBe(false);
  });

  it('accepts only known roles', () => {
    expect(roleSchema.safeParse('ADMIN').success).toBe(true);
    expect(roleSchema.safeParse('admin').success).toBe(false);
  });
});

describe('scope', () => {
  it('national scope covers every district', () => {
    expect(districtIdsInScope(NATIONAL_SCOPE)).toEqual(DISTRICT_IDS);
    expect(scopeIncludes(NATIONAL_SCOPE, 'vest')).toBe(true);
    expect(scopeIncludes(NATIONAL_SCOPE, null)).toBe(true);
    expect(Object.isFrozen(NATIONAL_SCOPE)).toBe(true);
  });

  it('district scope covers only its own district', () => {
    const scope = districtScope('vest');
    expect(scope).toEqual({ kind: 'district', districtId: 'vest' });
    expect(districtIdsInScope(scope)).toEqual(['vest']);
    expect(scopeIncludes(scope, 'vest')).toBe(true);
    expect(scopeIncludes(scope, 'nord')).toBe(false);
    expect(scopeIncludes(scope, null)).toBe(false);
    expect(scopeIncludes(scope, undefined)).toBe(false);
  });
});
