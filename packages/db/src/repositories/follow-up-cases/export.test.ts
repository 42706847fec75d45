import { caseOpeningRefusal } from '@selvhjelp/domain';
import { describe, expect, it } from 'vitest';
import { openTestCase, testBackends } from '../../testing/index.js';
import { nord, useCaseDatabase, vest } from './case-test-support.js';

describe.each(testBackends())('FollowUpCaseRepository: the art. 15 export on $name', ({ open }) => {
  const s = useCaseDatabase(open);
  const cases = () => s.db.repositories.followUpCases;

  it('gives the inquiry behind a case with its consents for the art. 15 export', async () => {
    const opened = await openTestCase(s.db);
    const inquiry = await cases().inquiryForExport(vest, opened.inquiryId);
    expect(inquiry).toMatchObject({
      id: opened.inquiryId,
      districtId: 'vest',
      channel: 'PHONE',
      inquirerType: 'RELATIVE',
      personAlias: 'Kari',
      consents: [{ purpose: 'FOLLOW_UP_CONTACT', givenOn: '2026-12-01', withdrawnOn: null }],
    });
    expect(await cases().inquiryForExport(nord, opened.inquiryId)).toBeNull();
    expect(
      caseOpeningRefusal({ inquiryHasCase: false, inquiryAnonymised: false, responsibleInDistrict: true }),
    ).toBeNull();
  });
});
