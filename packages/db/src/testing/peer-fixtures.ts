import { randomBytes } from 'node:crypto';
import type { CaseStatus, DistrictId, IsoDate, Scope, VolunteerPeerData } from '@selvhjelp/domain';
import { confirmPeerMatchRefusal, NATIONAL_SCOPE } from '@selvhjelp/domain';
import type { Database } from '../database.js';
import { databaseInternals } from '../database.js';
import { dateFromIso } from '../sql/dates.js';
import type { NewVolunteerPeer, VolunteerPeerRecord } from '../repositories/volunteer-peers/types.js';
import { createTestStaffUser } from './fixtures.js';
import { OFFICE_MUNICIPALITY } from './group-fixtures.js';
import { RefusedInTest } from './rules-as-gateway.js';

/** A valid VolunteerPeerData in the district's office town (default vest), declaration signed. */
export function testPeerData(overrides: Partial<VolunteerPeerData> = {}): VolunteerPeerData {
  const districtId = (overrides.districtId ?? 'vest') as DistrictId;
  return {
    name: `Likeperson ${randomBytes(3).toString('hex')}`,
    email: `likeperson.${randomBytes(4).toString('hex')}@test.selvhjelp.no`,
    phone: null,
    municipalityNumber: OFFICE_MUNICIPALITY[districtId],
    languages: ['nb'],
    themeIds: ['grief'],
    experience: null,
    gender: null,
    availability: 'AVAILABLE',
    availabilityNote: null,
    capacity: 2,
    confidentialityDeclaredOn: '2026-01-10',
    followUpStaffUserId: null,
    notes: null,
    ...overrides,
    districtId,
  };
}

export function testNewPeer(
  overrides: Partial<VolunteerPeerData> = {},
  facilitatorId: string | null = null,
  now = new Date(),
): NewVolunteerPeer {
  return {
    data: testPeerData(overrides),
    consent: { givenOn: '2026-01-10', text: 'Jeg samtykker til at erfaringen min registreres.' },
    facilitatorId,
    startedOn: '2026-01-10',
    now,
  };
}

export function createTestPeer(
  db: Database,
  overrides: Partial<VolunteerPeerData> = {},
  scope: Scope = NATIONAL_SCOPE,
): Promise<VolunteerPeerRecord> {
  return db.repositories.volunteerPeers.create(scope, testNewPeer(overrides));
}

export interface TestCaseOptions {
  districtId?: DistrictId;
  /** What the inquiry asks for. */
  themeIds?: string[];
  languages?: string[];
  municipalityNumber?: string | null;
  status?: CaseStatus;
  /** A peer the case already has, matched on `peerMatchedOn` (default 2026-11-01). */
  peerId?: string | null;
  peerMatchedOn?: IsoDate;
  responsibleStaffUserId?: string;
}

export interface TestCase {
  id: string;
  inquiryId: string;
  districtId: DistrictId;
  version: number;
}

/**
 * An inquiry and the follow-up case opened from it, written with Prisma directly (the cases
 * concept's repository is not this fixture's business).
 */
export async function createTestCase(db: Database, options: TestCaseOptions = {}): Promise<TestCase> {
  const districtId = options.districtId ?? 'vest';
  const { prisma } = databaseInternals(db);
  const responsible = options.responsibleStaffUserId ?? (await createTestStaffUser(db, { districtId })).id;
  const status = options.status ?? 'OPEN';
  const inquiry = await prisma.inquiry.create({
    data: {
      districtId,
      receivedOn: dateFromIso('2026-10-20'),
      channel: 'PHONE',
      inquirerType: 'RELATIVE',
      themeIds: options.themeIds ?? ['grief'],
      languages: options.languages ?? ['nb'],
      municipalityNumber:
        options.municipalityNumber === undefined ? OFFICE_MUNICIPALITY[districtId] : options.municipalityNumber,
      minutesSpent: 10,
      actions: ['MATCHED_TO_PEER'],
    },
    select: { id: true },
  });
  const peerId = options.peerId ?? null;
  const row = await prisma.followUpCase.create({
    data: {
      districtId,
      reference: randomBytes(6).toString('hex').toUpperCase(),
      inquiryId: inquiry.id,
      status,
      outcome: status === 'CLOSED' ? 'NO_LONGER_NEEDED' : null,
      closedOn: status === 'CLOSED' ? dateFromIso('2026-11-20') : null,
      responsibleStaffUserId: responsible,
      peerId,
      peerMatchedOn: peerId ? dateFromIso(options.peerMatchedOn ?? '2026-11-01') : null,
      openedOn: dateFromIso('2026-10-20'),
    },
    select: { id: true, version: true },
  });
  return { id: row.id, inquiryId: inquiry.id, districtId, version: row.version };
}

/** Peer matching as the gateway's service runs it: lock case and peer → facts → rule → write, in one transaction. */
export function peersAsTheGatewayDoes(db: Database) {
  return {
    confirmMatch: (
      scope: Scope,
      caseId: string,
      peerId: string,
      caseVersion: number,
      today: IsoDate,
      now = new Date(),
    ) =>
      db.transaction(async (repos) => {
        const facts = await repos.volunteerPeers.matchFacts(scope, caseId, peerId, caseVersion);
        if (!facts.case || !facts.peer) return null;
        const refusal = confirmPeerMatchRefusal(facts.case, facts.peer, today);
        if (refusal) throw new RefusedInTest(refusal);
        return repos.volunteerPeers.confirmMatch(caseId, peerId, caseVersion, today, now);
      }),
  };
}
