import { districtScope, interestContactsForGroup } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { StaleVersionError } from '../../errors.js';
import {
  createTestGroup,
  createTestInquiry,
  inquiriesAsTheGatewayDoes,
  testBackends,
  testConsent,
  testContactablePerson,
} from '../../testing/index.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const now = new Date('2026-12-01T10:00:00.000Z');
const BERGEN = '4601';
const ASKOY = '4627';
const VOSS = '4621';

describe.each(testBackends())('Interest lists on $name', ({ open }) => {
  let db: Database;
  const inquiries = () => db.repositories.inquiries;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('adds and closes places at the version read; a closed place keeps its day', async () => {
    const inquiry = await createTestInquiry(db);
    const entry = await inquiries().addToInterestList(vest, {
      inquiryId: inquiry.id,
      data: { themeId: 'anxiety', municipalityNumber: VOSS, groupId: null },
      now,
    });
    expect(entry).toMatchObject({ districtId: 'vest', inquiryId: inquiry.id, closedOn: null, version: 1 });
    expect(
      await inquiries().addToInterestList(nord, {
        inquiryId: inquiry.id,
        data: { themeId: 'anxiety', municipalityNumber: VOSS, groupId: null },
        now,
      }),
    ).toBeNull();
    expect(await inquiries().interestListEntriesByIds(vest, [entry!.id, 'x'])).toEqual([entry, null]);
    expect(await inquiries().interestListEntriesByIds(nord, [entry!.id])).toEqual([null]);

    const closing = { closedOn: '2026-12-01', now };
    expect(await inquiries().closeInterestListEntry(nord, entry!.id, 1, closing)).toBeNull();
    const closed = await inquiries().closeInterestListEntry(vest, entry!.id, 1, closing);
    expect(closed).toMatchObject({ closedOn: '2026-12-01', version: 2 });
    await expect(inquiries().closeInterestListEntry(vest, entry!.id, 1, closing)).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    const again = await inquiries().closeInterestListEntry(vest, entry!.id, 2, { closedOn: '2026-12-05', now });
    expect(again).toMatchObject({ closedOn: '2026-12-01', version: 3 });
  });

  it('counts open demand per theme and municipality in SQL, within the scope', async () => {
    const place = (themeId: string, municipalityNumber: string) => ({ themeId, municipalityNumber, groupId: null });
    await createTestInquiry(db, { districtId: 'sorvest' }, [place('burnout', '1103'), place('cancer', '1103')]);
    await createTestInquiry(db, { districtId: 'sorvest' }, [place('burnout', '1103')]);
    const closedOne = await createTestInquiry(db, { districtId: 'sorvest' }, [place('cancer', '1103')]);
    await createTestInquiry(db, { districtId: 'sorvest' }, [place('cancer', '1106')]);
    const [entry] = (await inquiries().interestListEntriesOfInquiries(districtScope('sorvest'), [closedOne.id])).get(
      closedOne.id,
    )!;
    await inquiries().closeInterestListEntry(districtScope('sorvest'), entry!.id, 1, { closedOn: '2026-12-01', now });

    const sorvest = districtScope('sorvest');
    expect(await inquiries().interestDemand(sorvest)).toEqual([
      { themeId: 'burnout', municipalityNumber: '1103', count: 2 },
      { themeId: 'cancer', municipalityNumber: '1103', count: 1 },
      { themeId: 'cancer', municipalityNumber: '1106', count: 1 },
    ]);
    expect(await inquiries().interestDemand(sorvest, { themeIds: ['cancer'], municipalityNumbers: ['1106'] })).toEqual([
      { themeId: 'cancer', municipalityNumber: '1106', count: 1 },
    ]);
    expect(await inquiries().interestDemand(sorvest, { themeIds: [] })).toEqual([]);
    expect(await inquiries().interestDemand(nord)).toEqual([]);
  });

  // Acceptance 5 of issue 12, at the repository: five people on the list for grief in Bergen;
  // a grief group starting in Bergen shows staff those with consent to be contacted.
  it('gives staff of a grief group starting in Bergen the people on the list who consented', async () => {
    const onList = (consents: ReturnType<typeof testConsent>[], municipalityNumber = BERGEN, alias?: string) =>
      createTestInquiry(
        db,
        { ...testContactablePerson(alias), consents: [testConsent('FOLLOW_UP_CONTACT'), ...consents] },
        [{ themeId: 'grief', municipalityNumber, groupId: null }],
      );
    const withConsent = [
      await onList([testConsent('INTEREST_LIST')], BERGEN, 'Anne'),
      await onList([testConsent('INTEREST_LIST')], BERGEN, 'Bjørn'),
      await onList([testConsent('INTEREST_LIST')], BERGEN, 'Cecilie'),
    ];
    const withdrawn = await onList([testConsent('INTEREST_LIST')], BERGEN, 'Dag');
    await inquiriesAsTheGatewayDoes(db).withdrawConsent(vest, withdrawn.id, 'INTEREST_LIST', '2026-11-30');
    await onList([], BERGEN, 'Eva');
    // Near but not in Bergen, another theme, and another district's list: not for this group.
    const inAskoy = await onList([testConsent('INTEREST_LIST')], ASKOY, 'Frida');
    await createTestInquiry(db, { consents: [testConsent('INTEREST_LIST')] }, [
      { themeId: 'anxiety', municipalityNumber: BERGEN, groupId: null },
    ]);
    await createTestInquiry(db, { districtId: 'nord', consents: [testConsent('INTEREST_LIST')] }, [
      { themeId: 'grief', municipalityNumber: '5501', groupId: null },
    ]);
    expect(await inquiries().interestDemand(vest, { themeIds: ['grief'], municipalityNumbers: [BERGEN] })).toEqual([
      { themeId: 'grief', municipalityNumber: BERGEN, count: 5 },
    ]);

    const group = await createTestGroup(db, {
      status: 'STARTING',
      data: { themeIds: ['grief'], municipalityNumber: BERGEN },
    });
    const candidates = await inquiries().interestCandidatesForGroup(vest, group.id, '2026-12-01');
    expect(candidates!.group).toEqual({
      id: group.id,
      districtId: 'vest',
      themeIds: ['grief'],
      municipalityNumber: BERGEN,
    });
    expect(candidates!.entries).toHaveLength(6);

    const contacts = interestContactsForGroup(candidates!.entries, candidates!.group, '2026-12-01');
    expect(contacts.toContact.map((entry) => entry.personAlias)).toEqual(['Anne', 'Bjørn', 'Cecilie']);
    expect(contacts.toContact.map((entry) => entry.inquiryId)).toEqual(withConsent.map((inquiry) => inquiry.id));
    expect(contacts.toContact[0]).toMatchObject({ contactMethod: 'PHONE', contactValue: '912 34 567' });
    expect(contacts.withoutConsent).toBe(2);
    // Across the county, Askøy's person is asked too.
    const county = interestContactsForGroup(candidates!.entries, candidates!.group, '2026-12-01', 'COUNTY');
    expect(county.toContact.map((entry) => entry.inquiryId)).toContain(inAskoy.id);

    expect(await inquiries().interestCandidatesForGroup(nord, group.id)).toBeNull();
    expect(await inquiries().interestCandidatesForGroup(vest, 'not-a-uuid')).toBeNull();
  });
});
