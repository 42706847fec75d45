import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createStaffUserSchema, emailSchema } from './staff.js';

const valid = { email: 'kari@selvhjelp.no', name: 'Kari Nordmann', role: 'DISTRICT_STAFF', districtId: 'vest' };

function issuePaths(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('createStaffUserSchema', () => {
  it('accepts a district user with a district', () => {
    expect(createStaffUserSchema.safeParse(valid).success).toBe(true);
  });

  it('accepts a national user without a district', () => {
    const result = createStaffUserSchema.safeParse({ ...valid, role: 'NATIONAL', districtId: null });
    expect(result.success).toBe(true);
  });

  it('rejects a district role without a district on districtId', () => {
    expect(issuePaths(createStaffUserSchema.safeParse({ ...valid, districtId: undefined }))).toEqual(['districtId']);
    expect(issuePaths(createStaffUserSchema.safeParse({ ...valid, role: 'DISTRICT_LEAD', districtId: null }))).toEqual([
      'districtId',
    ]);
  });

  it('rejects a national role with a district on districtId', () => {
    expect(issuePaths(createStaffUserSchema.safeParse({ ...valid, role: 'ADMIN' }))).toEqual(['districtId']);
  });

  it('rejects an unknown district', () => {
    expect(issuePaths(createStaffUserSchema.safeParse({ ...valid, districtId: 'vestlandet' }))).toContain('districtId');
  });

  it('rejects a malformed email on email', () => {
    expect(issuePaths(createStaffUserSchema.safeParse({ ...valid, email: 'kari@' }))).toEqual(['email']);
    expect(issuePaths(createStaffUserSchema.safeParse({ ...valid, email: 'not an email' }))).toEqual(['email']);
  });

  it('rejects an empty name on name', () => {
    expect(issuePaths(createStaffUserSchema.safeParse({ ...valid, name: '   ' }))).toEqual(['name']);
  });
});

describe('emailSchema', () => {
  it('trims and lower-cases', () => {
    expect(emailSchema.parse('  Kari@Selvhjelp.NO ')).toBe('kari@selvhjelp.no');
  });

  it('rejects overlong addresses', () => {
    expect(emailSchema.safeParse(`${'a'.repeat(250)}@x.no`).success).toBe(false);
  });
});
