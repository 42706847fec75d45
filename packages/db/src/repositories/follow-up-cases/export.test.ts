import { caseOpeningRefusal, districtScope } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { openTestCase, testBackends } from '../../testing/index.js';

const vest = districtScope('vest');
const nord = districtScope('nord');

describe.each(testBackends())('FollowUpCaseRepository: the art. 15 export on $name', ({ open }) => {
  let db: Database;
  const cases = () => db.repositories.followUpCases;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('gives the inquiry behind a case with its consents for the art. 15 export', async () => {
    const opened = await openTestCase(db);
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
