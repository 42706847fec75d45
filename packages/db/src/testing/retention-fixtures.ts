import { randomBytes } from 'node:crypto';
import type { DistrictId, IsoDate } from '@selvhjelp/domain';
import { generateCaseReference } from '@selvhjelp/domain';
import type { Database } from '../database.js';
import { databaseInternals } from '../database.js';
import { OFFICE_MUNICIPALITY } from './group-fixtures.js';

/*
 * Rows for the retention job's tests, written straight to the tables (the job works on rows,
 * whatever wrote them): an inquiry, a case with a note and a referral, a peer with a check-in.
 * Every personal field is filled, so that a test sees what the job removes and what it keeps.
 */

const day = (iso: IsoDate) => new Date(`${iso}T00:00:00.000Z`);

export interface RetentionTestInquiry {
  districtId?: DistrictId;
  receivedOn: IsoDate;
  anonymisedAt?: Date;
}

export async function insertRetentionTestInquiry(db: Database, data: RetentionTestInquiry): Promise<string> {
  const districtId = data.districtId ?? 'vest';
  const row = await databaseInternals(db).prisma.inquiry.create({
    data: {
      districtId,
      receivedOn: day(data.receivedOn),
      receivedTime: '10:15',
      channel: 'PHONE',
      inquirerType: 'RELATIVE',
      themeIds: ['grief'],
      languages: ['nb'],
      municipalityNumber: OFFICE_MUNICIPALITY[districtId],
      minutesSpent: 20,
      actions: ['INFORMATION_GIVEN', 'ADDED_TO_INTEREST_LIST'],
      note: 'Moren ringte om sønnen.',
      personAlias: `Kari ${randomBytes(2).toString('hex')}`,
      contactMethod: 'PHONE',
      contactValue: '912 34 567',
      anonymisedAt: data.anonymisedAt ?? null,
      consents: {
        create: { purpose: 'FOLLOW_UP_CONTACT', givenOn: day(data.receivedOn), wording: 'Vi kan ringe deg.' },
      },
      interestListEntries: {
        create: { districtId, themeId: 'grief', municipalityNumber: OFFICE_MUNICIPALITY[districtId] },
      },
    },
  });
  return row.id;
}

export interface RetentionTestCase {
  districtId?: DistrictId;
  responsibleStaffUserId: string;
  openedOn: IsoDate;
  /** Closed on this day (outcome JOINED_GROUP); open when absent. */
  closedOn?: IsoDate;
  peerId?: string;
}

/** A case with its inquiry (received the day it opened), a note and a referral. */
export async function insertRetentionTestCase(
  db: Database,
  data: RetentionTestCase,
): Promise<{ caseId: string; inquiryId: string }> {
  const districtId = data.districtId ?? 'vest';
  const prisma = databaseInternals(db).prisma;
  const inquiryId = await insertRetentionTestInquiry(db, { districtId, receivedOn: data.openedOn });
  const resource = await prisma.referralResource.create({
    data: {
      districtId,
      name: 'DPS Test',
      type: 'DPS',
      offers: 'Poliklinikk',
      areaKind: 'DISTRICT',
      howToRefer: 'Fastlegen henviser',
    },
  });
  const row = await prisma.followUpCase.create({
    data: {
      districtId,
      reference: generateCaseReference(),
      inquiryId,
      status: data.closedOn ? 'CLOSED' : 'OPEN',
      outcome: data.closedOn ? 'JOINED_GROUP' : null,
      responsibleStaffUserId: data.responsibleStaffUserId,
      peerId: data.peerId ?? null,
      peerMatchedOn: data.peerId ? day(data.openedOn) : null,
      openedOn: day(data.openedOn),
      closedOn: data.closedOn ? day(data.closedOn) : null,
      notes: { create: { date: day(data.openedOn), text: 'Sover dårlig etter dødsfallet.' } },
      referrals: {
        create: { referralResourceId: resource.id, date: day(data.openedOn), note: 'Henvist til DPS.' },
      },
    },
  });
  return { caseId: row.id, inquiryId };
}

export interface RetentionTestPeer {
  districtId?: DistrictId;
  startedOn: IsoDate;
  stoppedOn?: IsoDate;
  /** A peer who is also this facilitator: name and contact stay on the facilitator. */
  facilitatorId?: string;
}

/** A peer with a check-in. */
export async function insertRetentionTestPeer(db: Database, data: RetentionTestPeer): Promise<string> {
  const districtId = data.districtId ?? 'vest';
  const person = data.facilitatorId
    ? { facilitatorId: data.facilitatorId }
    : {
        name: `Likeperson ${randomBytes(2).toString('hex')}`,
        email: 'likeperson@test.selvhjelp.no',
        phone: '912 34 568',
      };
  const row = await databaseInternals(db).prisma.volunteerPeer.create({
    data: {
      districtId,
      ...person,
      municipalityNumber: OFFICE_MUNICIPALITY[districtId],
      languages: ['nb', 'en'],
      themeIds: ['grief'],
      experience: 'Mistet en bror.',
      gender: 'WOMAN',
      availabilityNote: 'Ikke i juli.',
      notes: 'Trenger litt støtte selv.',
      consentGivenOn: day(data.startedOn),
      consentText: 'Jeg samtykker til å være likeperson.',
      startedOn: day(data.startedOn),
      stoppedOn: data.stoppedOn ? day(data.stoppedOn) : null,
      checkIns: { create: { date: day(data.startedOn), note: 'Har det fint.' } },
    },
  });
  return row.id;
}
