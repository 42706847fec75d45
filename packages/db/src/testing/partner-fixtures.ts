import { randomBytes } from 'node:crypto';
import type { ActivityData, ContactData, DistrictId, PartnerData, Scope } from '@selvhjelp/domain';
import { NATIONAL_SCOPE, organisationNumberCheckDigit } from '@selvhjelp/domain';
import type { Database } from '../database.js';
import { partnersAsTheGatewayDoes } from './rules-as-gateway.js';
import { databaseInternals } from '../database.js';
import type { NewActivity, OutreachActivityRecord } from '../repositories/outreach/types.js';
import type { ContactPersonRecord, PartnerRecord, NewPartner } from '../repositories/partners/types.js';
import { OFFICE_MUNICIPALITY } from './group-fixtures.js';

// A random start per process, then consecutive: unique within a run, rarely equal across files.
let serial = Number.parseInt(randomBytes(3).toString('hex'), 16) % 5_000_000;

/** A fresh organisation number with a valid modulus-11 check digit. */
export function testOrganisationNumber(): string {
  for (;;) {
    serial = (serial + 1) % 10_000_000;
    const firstEight = `9${String(serial).padStart(7, '0')}`;
    const check = organisationNumberCheckDigit(firstEight);
    if (check !== null) return `${firstEight}${check}`;
  }
}

export interface TestPartnerOverrides extends Partial<PartnerData> {
  districtId?: DistrictId;
}

/** A valid PartnerData: an active volunteer centre in the district's office town (default vest). */
export function testPartnerData(overrides: TestPartnerOverrides = {}): PartnerData {
  const { districtId = 'vest', ...rest } = overrides;
  return {
    name: `Frivilligsentral ${randomBytes(3).toString('hex')}`,
    type: 'VOLUNTEER_CENTRE',
    organisationNumber: null,
    municipalityNumber: OFFICE_MUNICIPALITY[districtId],
    streetAddress: 'Storgata 1',
    postalCode: '5015',
    postalPlace: 'Bergen',
    website: null,
    status: 'ACTIVE',
    workingDistrictIds: [],
    notes: null,
    ...rest,
  };
}

export function testNewPartner(overrides: TestPartnerOverrides = {}, now = new Date()): NewPartner {
  return { districtId: overrides.districtId ?? 'vest', data: testPartnerData(overrides), now, actorId: null };
}

/** Creates a partner through the repository (national scope unless given). */
export function createTestPartner(
  db: Database,
  overrides: TestPartnerOverrides = {},
  scope: Scope = NATIONAL_SCOPE,
): Promise<PartnerRecord> {
  return partnersAsTheGatewayDoes(db).create(scope, testNewPartner(overrides));
}

export function testContactData(overrides: Partial<ContactData> = {}): ContactData {
  return {
    name: `Kontakt ${randomBytes(3).toString('hex')}`,
    email: `kontakt.${randomBytes(4).toString('hex')}@example.no`,
    phone: null,
    consentNote: 'Muntlig samtykke på møtet.',
    ...overrides,
  };
}

/** A person at the partner since 2025-01-01 (national scope unless given). */
export async function createTestContact(
  db: Database,
  partnerId: string,
  overrides: Partial<ContactData> & { role?: string | null; since?: string } = {},
  scope: Scope = NATIONAL_SCOPE,
): Promise<ContactPersonRecord> {
  const { role = 'Rådgiver', since = '2025-01-01', ...data } = overrides;
  const created = await db.repositories.partners.addContact(scope, {
    partnerId,
    data: testContactData(data),
    role,
    since,
    now: new Date(),
  });
  if (!created) throw new Error(`createTestContact: partner ${partnerId} is not visible`);
  return created;
}

export interface TestActivityOverrides extends Partial<ActivityData> {
  districtId?: DistrictId;
}

/** A valid ActivityData: a completed talk with 25 participants on 2026-10-01 in the office town. */
export function testActivityData(overrides: TestActivityOverrides = {}): ActivityData {
  const { districtId = 'vest', ...rest } = overrides;
  return {
    type: 'TALK',
    title: 'Foredrag om selvhjelp',
    status: 'COMPLETED',
    date: '2026-10-01',
    startTime: '18:00',
    endTime: '19:30',
    online: false,
    place: 'Biblioteket',
    municipalityNumber: OFFICE_MUNICIPALITY[districtId],
    staffUserIds: [],
    partnerIds: [],
    audiences: ['PUBLIC'],
    participantCount: 25,
    themeIds: [],
    notes: null,
    ...rest,
  };
}

export function testNewActivity(overrides: TestActivityOverrides = {}, now = new Date()): NewActivity {
  return { districtId: overrides.districtId ?? 'vest', data: testActivityData(overrides), now, actorId: null };
}

/** Creates an activity through the repository (national scope unless given). */
export function createTestActivity(
  db: Database,
  overrides: TestActivityOverrides = {},
  scope: Scope = NATIONAL_SCOPE,
): Promise<OutreachActivityRecord> {
  return db.repositories.outreach.create(scope, testNewActivity(overrides));
}

/**
 * Removes the (demo) partner network: partners, their people, agreements and the outreach log.
 * For test suites that count exact sets on a database the gateway has seeded with demo data;
 * groups, facilitators and staff stay.
 */
export async function clearPartnerNetwork(db: Database): Promise<void> {
  const { prisma } = databaseInternals(db);
  await prisma.$transaction([
    prisma.outreachActivity.deleteMany({}),
    prisma.venue.updateMany({ where: { partnerId: { not: null } }, data: { partnerId: null } }),
    prisma.contactPerson.deleteMany({}),
    prisma.partner.deleteMany({}),
  ]);
}

/**
 * Removes every district's demo work (groups, facilitators, courses, the partner network and
 * outreach log, inquiries, cases and volunteer peers, with what hangs on them) in one statement,
 * for suites that count exact sets across registries; staff, settings and the access log stay.
 */
export async function clearDistrictWork(db: Database): Promise<void> {
  const { prisma } = databaseInternals(db);
  await prisma.$executeRawUnsafe(
    'TRUNCATE self_help_group, venue, facilitator, training_course, partner, contact_person, outreach_activity, ' +
      'inquiry, follow_up_case, volunteer_peer CASCADE',
  );
}
