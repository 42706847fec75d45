import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messages/index.js';
import { caseNoteGrantRefusal, caseOpeningRefusal, caseReferralRefusal, caseWriteRefusal } from './rules.js';

const NOW = new Date('2026-12-04T10:00:00.000Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describe('case rules', () => {
  it('opens one case per inquiry, never for an anonymised one, with staff of the district', () => {
    const ok = { inquiryHasCase: false, inquiryAnonymised: false, responsibleInDistrict: true };
    expect(caseOpeningRefusal(ok)).toBeNull();
    expect(caseOpeningRefusal({ ...ok, inquiryHasCase: true })).toEqual({
      reason: 'CASE_INQUIRY_HAS_CASE',
      field: 'inquiryId',
    });
    expect(caseOpeningRefusal({ ...ok, inquiryAnonymised: true })?.reason).toBe('CASE_INQUIRY_ANONYMISED');
    expect(caseOpeningRefusal({ ...ok, responsibleInDistrict: false })?.field).toBe('responsibleStaffUserId');
  });

  it('takes no change once anonymised, and no next follow-up or new responsible once closed', () => {
    expect(caseWriteRefusal({ status: 'OPEN', anonymised: false }, { setsNextFollowUp: true })).toBeNull();
    expect(caseWriteRefusal({ status: 'CLOSED', anonymised: false }, { setsNextFollowUp: false })).toBeNull();
    expect(caseWriteRefusal({ status: 'CLOSED', anonymised: false }, { setsNextFollowUp: true })?.field).toBe(
      'nextFollowUpOn',
    );
    expect(
      caseWriteRefusal({ status: 'CLOSED', anonymised: false }, { setsNextFollowUp: false, changesResponsible: true })
        ?.field,
    ).toBe('responsibleStaffUserId');
    expect(
      caseWriteRefusal({ status: 'OPEN', anonymised: false }, { setsNextFollowUp: false, responsibleInDistrict: false })
        ?.reason,
    ).toBe('CASE_RESPONSIBLE_NOT_IN_DISTRICT');
    expect(caseWriteRefusal({ status: 'OPEN', anonymised: true }, { setsNextFollowUp: false })?.reason).toBe(
      'CASE_ANONYMISED',
    );
  });

  it('refers to a resource of the district still offered', () => {
    expect(caseReferralRefusal({ resourceInDistrict: true, resourceArchived: false })).toBeNull();
    expect(caseReferralRefusal({ resourceInDistrict: false, resourceArchived: false })?.reason).toBe(
      'CASE_REFERRAL_RESOURCE_NOT_FOUND',
    );
    expect(caseReferralRefusal({ resourceInDistrict: true, resourceArchived: true })?.reason).toBe(
      'CASE_REFERRAL_RESOURCE_ARCHIVED',
    );
  });

  it('grants notes to district staff for a while ahead, at most 90 days', () => {
    const staff = { granteeIsDistrictStaff: true, anonymised: false };
    expect(caseNoteGrantRefusal(staff, days(7), NOW)).toBeNull();
    expect(caseNoteGrantRefusal(staff, days(90), NOW)).toBeNull();
    expect(caseNoteGrantRefusal(staff, NOW, NOW)?.reason).toBe('CASE_NOTE_GRANT_UNTIL_IN_PAST');
    expect(caseNoteGrantRefusal(staff, new Date(Number.NaN), NOW)?.reason).toBe('CASE_NOTE_GRANT_UNTIL_IN_PAST');
    const tooLong = caseNoteGrantRefusal(staff, days(91), NOW)!;
    expect(renderMessage(tooLong.reason, tooLong.params, 'en')).toBe(
      'Access can be granted for at most 90 days at a time.',
    );
    expect(caseNoteGrantRefusal({ ...staff, granteeIsDistrictStaff: false }, days(7), NOW)?.field).toBe('staffUserId');
  });
});
