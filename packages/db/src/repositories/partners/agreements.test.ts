import { createHash } from 'node:crypto';
import { districtScope, NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { databaseInternals } from '../../database.js';
import { StaleVersionError } from '../../errors.js';
import {
  createTestGroup,
  createTestPartner,
  partnersAsTheGatewayDoes,
  refusalOf,
  testBackends,
  testGroupData,
} from '../../testing/index.js';
import type { AttachmentWrite } from './types.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const now = new Date('2026-11-22T10:00:00.000Z');
const agreementData = {
  title: 'Samarbeidsavtale',
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
  scope: 'Lån av møterom og felles informasjonsmøter.',
};

function pdf(text: string): AttachmentWrite {
  const content = new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);
  return {
    fileName: 'avtale.pdf',
    contentType: 'application/pdf',
    byteSize: content.byteLength,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
    storageKey: null,
  };
}

function inFolder(key: string): AttachmentWrite {
  return {
    fileName: 'avtale.png',
    contentType: 'image/png',
    byteSize: 1234,
    sha256: 'a'.repeat(64),
    content: null,
    storageKey: key,
  };
}

describe.each(testBackends())('PartnerRepository agreements and venues on $name', ({ open }) => {
  let db: Database;
  const partners = () => db.repositories.partners;
  const asTheGateway = () => partnersAsTheGatewayDoes(db);

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('stores an agreement with its document in the database and gives the bytes back', async () => {
    const partner = await createTestPartner(db);
    expect(
      await partners().createAgreement(nord, { partnerId: partner.id, data: agreementData, attachment: null, now }),
    ).toBeNull();
    const document = pdf('Signert av begge parter');
    const created = await partners().createAgreement(vest, {
      partnerId: partner.id,
      data: agreementData,
      attachment: document,
      now,
    });
    expect(created).toMatchObject({
      partnerId: partner.id,
      districtId: 'vest',
      title: 'Samarbeidsavtale',
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      version: 1,
      attachment: {
        fileName: 'avtale.pdf',
        contentType: 'application/pdf',
        byteSize: document.byteSize,
        sha256: document.sha256,
        storage: 'DATABASE',
        storageKey: null,
      },
    });
    expect(created!.attachment).not.toHaveProperty('content');
    const stored = await partners().attachmentContent(vest, created!.id);
    expect(stored!.record).toEqual(created!.attachment);
    expect(stored!.content).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(stored!.content!).equals(Buffer.from(document.content!))).toBe(true);
    expect(await partners().attachmentContent(nord, created!.id)).toBeNull();
    expect(await partners().agreementsByIds(vest, [created!.id, 'x'])).toEqual([created, null]);
    expect(await partners().agreementsByIds(nord, [created!.id])).toEqual([null]);
  });

  it('keeps, replaces and removes the document on update; a stale save writes nothing', async () => {
    const partner = await createTestPartner(db);
    const older = await partners().createAgreement(vest, {
      partnerId: partner.id,
      data: { ...agreementData, startsOn: '2024-01-01', endsOn: null },
      attachment: null,
      now,
    });
    const agreement = (await partners().createAgreement(vest, {
      partnerId: partner.id,
      data: agreementData,
      attachment: inFolder('2026/a.png'),
      now,
    }))!;
    expect(agreement.attachment).toMatchObject({ storage: 'FOLDER', storageKey: '2026/a.png' });
    expect(await partners().attachmentContent(vest, agreement.id)).toMatchObject({
      content: null,
      record: { storageKey: '2026/a.png' },
    });

    const kept = await partners().updateAgreement(vest, agreement.id, 1, {
      data: { ...agreementData, title: 'Ny tittel' },
      attachment: 'keep',
      now,
    });
    expect(kept).toMatchObject({ title: 'Ny tittel', version: 2, attachment: { storageKey: '2026/a.png' } });
    await expect(
      partners().updateAgreement(vest, agreement.id, 1, { data: agreementData, attachment: null, now }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(await partners().agreementsByIds(vest, [agreement.id])).toEqual([kept]);
    expect(
      await partners().updateAgreement(nord, agreement.id, 2, { data: agreementData, attachment: null, now }),
    ).toBeNull();
    expect(await partners().attachmentStorageKeysInUse(['2026/a.png', '2026/b.png'])).toEqual(new Set(['2026/a.png']));

    const replaced = await partners().updateAgreement(vest, agreement.id, 2, {
      data: agreementData,
      attachment: pdf('Ny versjon'),
      now,
    });
    expect(replaced).toMatchObject({ version: 3, attachment: { storage: 'DATABASE', fileName: 'avtale.pdf' } });
    expect(await partners().attachmentStorageKeysInUse(['2026/a.png'])).toEqual(new Set());
    const removed = await partners().updateAgreement(vest, agreement.id, 3, {
      data: agreementData,
      attachment: null,
      now,
    });
    expect(removed).toMatchObject({ version: 4, attachment: null });
    expect(await partners().attachmentContent(vest, agreement.id)).toBeNull();

    const listed = await partners().agreementsOfPartners(vest, [partner.id]);
    expect(listed.get(partner.id)!.map((item) => item.id)).toEqual([agreement.id, older!.id]);
    expect((await partners().agreementsOfPartners(nord, [partner.id])).get(partner.id)).toEqual([]);
  });

  it('removes an agreement and tells which stored file it had', async () => {
    const partner = await createTestPartner(db);
    const agreement = (await partners().createAgreement(vest, {
      partnerId: partner.id,
      data: agreementData,
      attachment: inFolder('2026/c.pdf'),
      now,
    }))!;
    expect(await partners().removeAgreement(nord, agreement.id)).toEqual({ removed: false, storageKey: null });
    expect(await partners().removeAgreement(vest, agreement.id)).toEqual({ removed: true, storageKey: '2026/c.pdf' });
    expect(await partners().removeAgreement(vest, agreement.id)).toEqual({ removed: false, storageKey: null });
    expect(await partners().attachmentStorageKeysInUse(['2026/c.pdf'])).toEqual(new Set());
    const { prisma } = databaseInternals(db);
    expect(await prisma.agreementAttachment.count({ where: { agreementId: agreement.id } })).toBe(0);
  });

  it('links venues to partners of their district, and a partner venue outlives its group going online', async () => {
    const partner = await createTestPartner(db, { name: 'Bergen bibliotek', type: 'LIBRARY' });
    const foreign = await createTestPartner(db, { districtId: 'nord' });
    const group = await createTestGroup(db, {
      data: { name: 'Gruppe på biblioteket', venue: { name: 'Biblioteket, grupperom 7' } },
    });
    const venueId = group.venue!.id;
    expect((await partners().venues(vest, { search: 'grupperom 7' })).map((venue) => venue.id)).toEqual([venueId]);
    expect((await partners().venues(vest, { unlinked: true })).map((venue) => venue.id)).toContain(venueId);
    expect(await partners().venues(nord, { search: 'grupperom 7' })).toEqual([]);

    expect(await asTheGateway().setVenuePartner(nord, venueId, foreign.id, now)).toBeNull();
    expect(await networkRule(asTheGateway().setVenuePartner(vest, venueId, foreign.id, now))).toBe(
      'PARTNER_NOT_IN_DISTRICT',
    );
    expect(await networkRule(asTheGateway().setVenuePartner(NATIONAL_SCOPE, venueId, foreign.id, now))).toBe(
      'PARTNER_NOT_IN_DISTRICT',
    );
    const linked = await asTheGateway().setVenuePartner(vest, venueId, partner.id, now);
    expect(linked).toMatchObject({
      id: venueId,
      districtId: 'vest',
      partnerId: partner.id,
      name: 'Biblioteket, grupperom 7',
    });
    expect((await partners().venues(vest, { unlinked: true })).map((venue) => venue.id)).not.toContain(venueId);
    expect((await partners().venuesOfPartners(vest, [partner.id])).get(partner.id)).toEqual([linked]);
    expect((await partners().venuesOfPartners(nord, [partner.id])).get(partner.id)).toEqual([]);
    expect(await partners().venuesByIds(vest, [venueId, 'x'])).toEqual([linked, null]);
    expect(await partners().venuesByIds(nord, [venueId])).toEqual([null]);
    expect((await partners().groupsAtVenues(vest, [venueId])).get(venueId)!.map((item) => item.id)).toEqual([group.id]);
    expect((await partners().groupsAtVenues(nord, [venueId])).get(venueId)).toEqual([]);

    // The group goes online only: it leaves the venue, the venue stays with its partner.
    const online = await db.repositories.groups.update(vest, group.id, group.version, {
      data: testGroupData({
        name: 'Gruppe på biblioteket',
        format: 'ONLINE',
        meetingUrl: 'https://mote.example.no/x',
        venue: null,
      }),
      fields: [{ field: 'format', oldValue: 'IN_PERSON', newValue: 'ONLINE' }],
      actorId: null,
      now,
    });
    expect(online!.venue).toBeNull();
    expect(await partners().venuesByIds(vest, [venueId])).toEqual([linked]);
    expect((await partners().groupsAtVenues(vest, [venueId])).get(venueId)).toEqual([]);

    const unlinked = await asTheGateway().setVenuePartner(vest, venueId, null, now);
    expect(unlinked!.partnerId).toBeNull();
  });
});

// The rules are the domain's, run as the gateway's service runs them (facts → rule → write).
const networkRule = refusalOf;
