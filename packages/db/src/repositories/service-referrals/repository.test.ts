import { NATIONAL_SCOPE, districtScope } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { OutOfScopeError, UniqueViolationError } from '../../errors.js';
import { randomTokenHash, testBackends } from '../../testing/index.js';
import type { NewServiceReferral } from './types.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const now = new Date('2026-12-05T10:00:00.000Z');

describe.each(testBackends())('ServiceReferralRepository on $name', ({ open }) => {
  let db: Database;
  let apiClientId: string;
  const repo = () => db.repositories.serviceReferrals;

  beforeAll(async () => {
    db = await open();
    const client = await db.repositories.apiClients.create(NATIONAL_SCOPE, {
      data: {
        name: 'NAV Bergen',
        contactName: 'Kari Nordmann',
        contactEmail: 'kari@nav.example',
        organisationNumber: null,
        partnerId: null,
        scopes: ['referrals:write'],
        districtIds: ['vest'],
        expiresAt: null,
      },
      secret: { secretHash: randomTokenHash(), lastFour: 'abcd' },
      createdById: null,
      now,
    });
    apiClientId = client.id;
  });
  afterAll(() => db?.close());

  const submission = (reference: string, idempotencyKey: string | null = null): NewServiceReferral => ({
    apiClientId,
    inquiry: {
      districtId: 'vest',
      data: {
        receivedOn: '2026-12-05',
        receivedTime: '11:00',
        channel: 'REFERRAL',
        inquirerType: 'PUBLIC_SERVICE',
        publicServiceType: 'NAV',
        partnerId: null,
        themeIds: ['loneliness'],
        languages: [],
        municipalityNumber: '4601',
        minutesSpent: 1,
        actions: [],
        note: 'Ønsker en gruppe.',
        person: { alias: 'Kari', contact: { method: 'PHONE', value: '912 34 567' } },
        consents: [{ purpose: 'FOLLOW_UP_CONTACT', givenOn: '2026-12-01', wording: 'Ja til kontakt.' }],
      },
      interestList: [],
      now,
      actorId: null,
    },
    details: {
      kind: 'REFERRAL',
      reference,
      idempotencyKey,
      payloadHash: 'a'.repeat(64),
      serviceUnit: 'NAV Bergenhus',
      serviceContactName: 'Ola Veileder',
      serviceContactPhone: null,
      serviceContactEmail: 'ola@nav.example',
      contactTimes: 'Etter kl. 15',
      talk: null,
    },
  });

  it('makes the inquiry and the submission in one transaction, found by reference or key within the scope', async () => {
    const created = await repo().create(vest, submission('REF-1', 'key-1'));
    expect(created.referral).toMatchObject({
      reference: 'REF-1',
      idempotencyKey: 'key-1',
      districtId: 'vest',
      payloadHash: 'a'.repeat(64),
      facts: { changedByStaff: false, actions: [], activityPlanned: false, caseStatus: null, anonymised: false },
    });
    const inquiry = await db.repositories.inquiries.findById(vest, created.inquiryId);
    expect(inquiry).toMatchObject({
      channel: 'REFERRAL',
      inquirerType: 'PUBLIC_SERVICE',
      personAlias: 'Kari',
      contactTimes: 'Etter kl. 15',
      serviceReferral: { reference: 'REF-1', clientName: 'NAV Bergen', serviceUnit: 'NAV Bergenhus', kind: 'REFERRAL' },
    });
    expect((await repo().findByReference(vest, apiClientId, 'REF-1'))?.id).toBe(created.referral.id);
    expect((await repo().findByIdempotencyKey(vest, apiClientId, 'key-1'))?.id).toBe(created.referral.id);
    expect(await repo().findByReference(nord, apiClientId, 'REF-1')).toBeNull();
    expect(await repo().findByReference(vest, apiClientId, 'REF-2')).toBeNull();
  });

  it('refuses a taken reference or key and writes nothing; refuses another district', async () => {
    const before = await db.repositories.inquiries.list(vest, { first: 0 });
    await expect(repo().create(vest, submission('REF-1'))).rejects.toBeInstanceOf(UniqueViolationError);
    await expect(repo().create(vest, submission('REF-3', 'key-1'))).rejects.toBeInstanceOf(UniqueViolationError);
    await expect(repo().create(nord, submission('REF-4'))).rejects.toBeInstanceOf(OutOfScopeError);
    expect((await db.repositories.inquiries.list(vest, { first: 0 })).totalCount).toBe(before.totalCount);
  });

  it('goes with its inquiry when retention anonymises it: contact times and the service contact', async () => {
    const { referral, inquiryId } = await repo().create(vest, submission('REF-OLD'));
    await db.repositories.retention.run({ now: new Date('2030-01-01T00:00:00.000Z'), trigger: 'ON_DEMAND' });
    const inquiry = await db.repositories.inquiries.findById(vest, inquiryId);
    expect(inquiry).toMatchObject({ personAlias: null, contactValue: null, contactTimes: null });
    expect(inquiry?.serviceReferral).toMatchObject({
      reference: 'REF-OLD',
      serviceUnit: 'NAV Bergenhus',
      serviceContactName: null,
      serviceContactEmail: null,
    });
    expect((await repo().findByReference(vest, apiClientId, 'REF-OLD'))?.facts.anonymised).toBe(true);
    expect(referral.facts.anonymised).toBe(false);
  });
});
