import { districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { databaseInternals } from '../../database.js';
import { InvalidCursorError, OutOfScopeError, StaleVersionError } from '../../errors.js';
import {
  createTestInquiry,
  createTestPartner,
  createTestStaffUser,
  inquiriesAsTheGatewayDoes,
  refusalOf,
  testBackends,
  testConsent,
  testContactablePerson,
  testInquiryData,
  testNewInquiry,
} from '../../testing/index.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const now = new Date('2026-12-01T10:00:00.000Z');

describe.each(testBackends())('InquiryRepository on $name', ({ open }) => {
  let db: Database;
  const inquiries = () => db.repositories.inquiries;
  const asTheGateway = () => inquiriesAsTheGatewayDoes(db);
  const prisma = () => databaseInternals(db).prisma;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('logs an inquiry with its consents and interest-list places, readable in its district only', async () => {
    const created = await inquiries().create(
      vest,
      testNewInquiry(
        {
          ...testContactablePerson('Kari'),
          consents: [testConsent('FOLLOW_UP_CONTACT'), testConsent('INTEREST_LIST')],
          actions: ['ADDED_TO_INTEREST_LIST', 'INFORMATION_GIVEN', 'ADDED_TO_INTEREST_LIST'],
          languages: ['nb', 'en'],
        },
        [{ themeId: 'grief', municipalityNumber: '4601', groupId: null }],
        now,
      ),
    );
    expect(created).toMatchObject({
      districtId: 'vest',
      receivedOn: '2026-11-20',
      receivedTime: '10:15',
      channel: 'PHONE',
      inquirerType: 'RELATIVE',
      themeIds: ['grief'],
      languages: ['nb', 'en'],
      actions: ['ADDED_TO_INTEREST_LIST', 'INFORMATION_GIVEN'],
      personAlias: 'Kari',
      contactMethod: 'PHONE',
      contactValue: '912 34 567',
      followUpConsentInForce: true,
      activityId: null,
      caseId: null,
      version: 1,
      createdAt: now,
    });
    expect(created.consents.map((consent) => [consent.purpose, consent.givenOn, consent.withdrawnOn])).toEqual([
      ['FOLLOW_UP_CONTACT', '2026-11-01', null],
      ['INTEREST_LIST', '2026-11-01', null],
    ]);
    const entries = await inquiries().interestListEntriesOfInquiries(vest, [created.id, 'nope']);
    expect(entries.get(created.id)).toMatchObject([
      { districtId: 'vest', themeId: 'grief', municipalityNumber: '4601' },
    ]);
    expect(entries.get('nope')).toEqual([]);

    expect(await inquiries().findById(vest, created.id)).toEqual(created);
    expect(await inquiries().findById(nord, created.id)).toBeNull();
    expect(await inquiries().findById(vest, 'not-a-uuid')).toBeNull();
    expect(await inquiries().findByIds(vest, [created.id, 'x', created.id])).toEqual([created, null, created]);
    expect(await inquiries().interestListEntriesOfInquiries(nord, [created.id])).toEqual(new Map([[created.id, []]]));
    // Denied attempts are logged where the record's district sees them.
    expect(await inquiries().districtOf(NATIONAL_SCOPE, created.id)).toBe('vest');
    expect(await inquiries().districtOf(nord, created.id)).toBeNull();
    expect(await inquiries().districtOf(NATIONAL_SCOPE, 'not-a-uuid')).toBeNull();
    await expect(inquiries().create(nord, testNewInquiry())).rejects.toBeInstanceOf(OutOfScopeError);
  });

  it('writes all or nothing', async () => {
    const before = await Promise.all([prisma().inquiry.count(), prisma().consent.count()]);
    const missingGroup = '00000000-0000-4000-8000-000000000001';
    await expect(
      inquiries().create(
        vest,
        testNewInquiry({ consents: [testConsent('INTEREST_LIST')] }, [
          { themeId: 'grief', municipalityNumber: '4601', groupId: missingGroup },
        ]),
      ),
    ).rejects.toThrow();
    expect(await Promise.all([prisma().inquiry.count(), prisma().consent.count()])).toEqual(before);
  });

  it('judges the follow-up consent in SQL on the day asked', async () => {
    const without = await createTestInquiry(db, { consents: [testConsent('INTEREST_LIST')] });
    expect(without.followUpConsentInForce).toBe(false);
    const later = await createTestInquiry(db, { consents: [testConsent('FOLLOW_UP_CONTACT', '2026-11-25')] });
    expect((await inquiries().findById(vest, later.id, '2026-11-24'))!.followUpConsentInForce).toBe(false);
    expect((await inquiries().findById(vest, later.id, '2026-11-25'))!.followUpConsentInForce).toBe(true);
  });

  it('lists newest first in pages, with every filter', async () => {
    const partner = await createTestPartner(db);
    const made = [
      await createTestInquiry(db, { districtId: 'innlandet', receivedOn: '2026-10-01', channel: 'EMAIL' }),
      await createTestInquiry(db, {
        districtId: 'innlandet',
        receivedOn: '2026-10-03',
        inquirerType: 'PUBLIC_SERVICE',
        publicServiceType: 'NAV',
        themeIds: ['anxiety'],
      }),
      await createTestInquiry(db, { districtId: 'innlandet', receivedOn: '2026-10-02', channel: 'OFFICE_VISIT' }),
      await createTestInquiry(db, { districtId: 'innlandet', receivedOn: '2026-10-02', themeIds: ['loneliness'] }),
    ];
    await createTestInquiry(db, { partnerId: partner.id, inquirerType: 'PARTNER', receivedOn: '2026-10-02' });
    const innlandet = districtScope('innlandet');
    const staff = await createTestStaffUser(db, { districtId: 'innlandet' });
    await prisma().followUpCase.create({
      data: {
        districtId: 'innlandet',
        reference: `T-${made[0]!.id.slice(0, 8)}`,
        inquiryId: made[0]!.id,
        responsibleStaffUserId: staff.id,
        openedOn: new Date('2026-10-02T00:00:00Z'),
      },
    });

    const first = await inquiries().list(innlandet, { first: 3 });
    expect(first.totalCount).toBe(4);
    expect(first.hasNextPage).toBe(true);
    expect(first.nodes.map((node) => node.receivedOn)).toEqual(['2026-10-03', '2026-10-02', '2026-10-02']);
    const second = await inquiries().list(innlandet, { first: 3, after: first.endCursor });
    expect(second.nodes.map((node) => node.id)).toEqual([made[0]!.id]);
    expect(second.nodes[0]!.caseId).not.toBeNull();
    expect(second.hasNextPage).toBe(false);
    await expect(inquiries().list(innlandet, { first: 3, after: 'bogus' })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(inquiries().list(innlandet, { first: 101 })).rejects.toBeInstanceOf(RangeError);

    const ids = async (filter: Parameters<ReturnType<typeof inquiries>['list']>[1]['filter']) =>
      (await inquiries().list(innlandet, { first: 10, filter })).nodes.map((node) =>
        made.indexOf(made.find((m) => m.id === node.id)!),
      );
    expect(await ids({ receivedFrom: '2026-10-02', receivedTo: '2026-10-02' })).toEqual(expect.arrayContaining([2, 3]));
    expect(await ids({ receivedFrom: '2026-10-02', receivedTo: '2026-10-02' })).toHaveLength(2);
    expect(await ids({ channels: ['EMAIL', 'OFFICE_VISIT'] })).toEqual(expect.arrayContaining([0, 2]));
    expect(await ids({ channels: [] })).toEqual([]);
    expect(await ids({ inquirerTypes: ['PUBLIC_SERVICE'] })).toEqual([1]);
    expect(await ids({ themeIds: ['anxiety', 'loneliness'] })).toEqual(expect.arrayContaining([1, 3]));
    expect(await ids({ themeIds: ['anxiety', 'loneliness'] })).toHaveLength(2);
    expect(await ids({ hasCase: true })).toEqual([0]);
    expect(await ids({ hasCase: false })).toHaveLength(3);
    expect((await inquiries().list(nord, { first: 10 })).totalCount).toBe(0);
  });

  it('edits at the version read: consents in force stay, a withdrawn one can be given again', async () => {
    const created = await createTestInquiry(db, {
      ...testContactablePerson('Ola'),
      consents: [testConsent('FOLLOW_UP_CONTACT'), testConsent('REFERRAL')],
    });
    const withdrawn = await asTheGateway().withdrawConsent(vest, created.id, 'REFERRAL', '2026-11-10');
    expect(withdrawn!.version).toBe(2);
    const update = {
      data: testInquiryData({
        ...testContactablePerson('Ola'),
        consents: [
          { ...testConsent('FOLLOW_UP_CONTACT', '2026-11-15'), wording: 'Ny ordlyd' },
          testConsent('REFERRAL', '2026-11-20'),
          testConsent('ANONYMOUS_STATISTICS', '2026-11-20'),
        ],
        minutesSpent: 30,
        note: 'Ringte tilbake.',
      }),
      now,
      actorId: null,
    };
    await expect(inquiries().update(vest, created.id, 1, update)).rejects.toBeInstanceOf(StaleVersionError);
    expect(await inquiries().update(nord, created.id, 2, update)).toBeNull();
    const updated = await inquiries().update(vest, created.id, 2, update);
    expect(updated).toMatchObject({ version: 3, minutesSpent: 30, note: 'Ringte tilbake.', updatedAt: now });
    expect(updated!.consents.map((consent) => [consent.purpose, consent.givenOn, consent.withdrawnOn])).toEqual([
      ['FOLLOW_UP_CONTACT', '2026-11-01', null],
      ['REFERRAL', '2026-11-20', null],
      ['ANONYMOUS_STATISTICS', '2026-11-20', null],
    ]);
    expect(updated!.consents[0]!.wording).toBe(created.consents[0]!.wording);
  });

  it('withdraws a consent once, never before it was given, and the contact is no longer in force', async () => {
    const created = await createTestInquiry(db, testContactablePerson());
    expect(await refusalOf(asTheGateway().withdrawConsent(vest, created.id, 'FOLLOW_UP_CONTACT', '2026-10-01'))).toBe(
      'CONSENT_WITHDRAWN_BEFORE_GIVEN',
    );
    const withdrawn = await asTheGateway().withdrawConsent(vest, created.id, 'FOLLOW_UP_CONTACT', '2026-11-22');
    expect(withdrawn).toMatchObject({ followUpConsentInForce: false, version: 2, contactValue: '912 34 567' });
    expect(withdrawn!.consents[0]!.withdrawnOn).toBe('2026-11-22');
    const again = await asTheGateway().withdrawConsent(vest, created.id, 'FOLLOW_UP_CONTACT', '2026-11-23');
    expect(again).toMatchObject({ version: 2 });
    expect(again!.consents[0]!.withdrawnOn).toBe('2026-11-22');
    expect(await asTheGateway().withdrawConsent(vest, created.id, 'REFERRAL', '2026-11-23')).toBeNull();
    expect(await asTheGateway().withdrawConsent(nord, created.id, 'FOLLOW_UP_CONTACT', '2026-11-23')).toBeNull();
  });

  it('plans the activity a request for a talk becomes, linked both ways, once', async () => {
    const request = await createTestInquiry(db, {
      channel: 'EMAIL',
      inquirerType: 'PUBLIC_SERVICE',
      publicServiceType: 'SCHOOL',
      actions: ['TALK_OR_COURSE_REQUESTED'],
    });
    const plan = { title: 'Foredrag på skolen', date: '2027-01-15', place: 'Skolen', now, actorId: null };
    const planned = await asTheGateway().planActivity(vest, request.id, plan);
    expect(planned!.activity).toMatchObject({
      districtId: 'vest',
      type: 'TALK',
      status: 'PLANNED',
      title: 'Foredrag på skolen',
      date: '2027-01-15',
      municipalityNumber: '4601',
      themeIds: ['grief'],
      audiences: ['SCHOOLS'],
    });
    expect(planned!.inquiry).toMatchObject({ activityId: planned!.activity.id, version: 2 });
    expect(await db.repositories.outreach.findByIds(vest, [planned!.activity.id])).toEqual([planned!.activity]);
    const linked = await prisma().outreachActivity.findUnique({
      where: { id: planned!.activity.id },
      select: { inquiry: { select: { id: true } } },
    });
    expect(linked?.inquiry?.id).toBe(request.id);
    expect(await inquiries().inquiryIdsOfActivities(vest, [planned!.activity.id, 'x'])).toEqual(
      new Map([[planned!.activity.id, request.id]]),
    );
    expect(await inquiries().inquiryIdsOfActivities(nord, [planned!.activity.id])).toEqual(new Map());

    const activities = await prisma().outreachActivity.count();
    expect(await refusalOf(asTheGateway().planActivity(vest, request.id, plan))).toBe(
      'INQUIRY_ACTIVITY_ALREADY_PLANNED',
    );
    const other = await createTestInquiry(db);
    expect(await refusalOf(asTheGateway().planActivity(vest, other.id, plan))).toBe('INQUIRY_NOT_A_TALK_REQUEST');
    expect(await asTheGateway().planActivity(nord, request.id, plan)).toBeNull();
    expect(await prisma().outreachActivity.count()).toBe(activities);
    // Without the rule, the repository still never links twice.
    await expect(
      db.repositories.inquiries.planActivity(vest, request.id, {
        districtId: 'vest',
        data: { ...planned!.activity, staffUserIds: [], partnerIds: [] },
        now,
        actorId: null,
      }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(await prisma().outreachActivity.count()).toBe(activities);
  });
});
