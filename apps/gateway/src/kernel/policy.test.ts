import type { StaffUserRecord } from '@selvhjelp/db';
import type { Role } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import type { Viewer } from './policy.js';
import { assertMayAssignRole, mayUseRealm, readScope, userAdministrationScope } from './policy.js';

function viewer(role: Role, districtId: string | null = null): Viewer {
  const user = {
    id: 'u1',
    email: 'x@y.no',
    name: 'X',
    role,
    districtId,
    active: true,
    version: 1,
  } as unknown as StaffUserRecord;
  return { user, sessionId: 's1' };
}

describe('policy', () => {
  it('scopes district roles to their district and national roles to everything', () => {
    expect(readScope(viewer('DISTRICT_STAFF', 'vest'))).toEqual({ kind: 'district', districtId: 'vest' });
    expect(readScope(viewer('NATIONAL'))).toEqual({ kind: 'national' });
    expect(() => readScope(viewer('DISTRICT_LEAD', null))).toThrow(/distrikt/);
  });

  it('lets admins and district leads administer users, nobody else', () => {
    expect(userAdministrationScope(viewer('ADMIN'))).toEqual({ kind: 'national' });
    expect(userAdministrationScope(viewer('DISTRICT_LEAD', 'nord'))).toEqual({ kind: 'district', districtId: 'nord' });
    for (const role of ['DISTRICT_STAFF', 'NATIONAL'] as const) {
      expect(() => userAdministrationScope(viewer(role, role === 'NATIONAL' ? null : 'nord'))).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN' }),
      );
    }
  });

  it('keeps a lead to district roles in the own district', () => {
    const lead = viewer('DISTRICT_LEAD', 'vest');
    expect(() => assertMayAssignRole(lead, 'DISTRICT_STAFF', 'vest')).not.toThrow();
    expect(() => assertMayAssignRole(lead, 'DISTRICT_STAFF', 'nord')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => assertMayAssignRole(lead, 'ADMIN', null)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => assertMayAssignRole(viewer('ADMIN'), 'NATIONAL', null)).not.toThrow();
  });

  it('admits a user to a portal only where they belong', () => {
    const vestStaff = { role: 'DISTRICT_STAFF' as const, districtId: 'vest' as const };
    expect(mayUseRealm(vestStaff, { districtId: 'vest' })).toBe(true);
    expect(mayUseRealm(vestStaff, { districtId: 'nord' })).toBe(false);
    expect(mayUseRealm(vestStaff, { districtId: null })).toBe(false);
    expect(mayUseRealm({ role: 'NATIONAL', districtId: null }, { districtId: null })).toBe(true);
    expect(mayUseRealm({ role: 'ADMIN', districtId: null }, { districtId: 'vest' })).toBe(false);
    expect(mayUseRealm(vestStaff, undefined)).toBe(true);
  });
});
