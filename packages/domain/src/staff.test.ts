import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, createStaffUserSchema, emailSchema, passwordSchema } from './staff.js';

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

describe('passwordSchema', () => {
  it(`rejects fewer than ${PASSWORD_MIN_LENGTH} characters`, () => {
    const result = passwordSchema.safeParse('a'.repeat(PASSWORD_MIN_LENGTH - 1));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(String(PASSWORD_MIN_LENGTH));
  });

  it('accepts the minimum and the maximum length', () => {
    expect(passwordSchema.safeParse('a'.repeat(PASSWORD_MIN_LENGTH)).success).toBe(true);
    expect(passwordSchema.safeParse('a'.repeat(PASSWORD_MAX_LENGTH)).success).toBe(true);
  });

  it('rejects more than the maximum length', () => {
    expect(passwordSchema.safeParse('a'.repeat(PASSWORD_MAX_LENGTH + 1)).success).toBe(false);
  });
});
