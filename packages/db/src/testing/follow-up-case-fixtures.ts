import type { CaseStatus, DistrictId, IsoDate } from '@selvhjelp/domain';
import { caseOpeningRefusal, NATIONAL_SCOPE, todayIn } from '@selvhjelp/domain';
import type { Database } from '../database.js';
import { databaseInternals } from '../database.js';
import type { FollowUpCaseRecord } from '../repositories/follow-up-cases/types.js';
import { createTestStaffUser } from './fixtures.js';
import { OFFICE_MUNICIPALITY } from './group-fixtures.js';
import { RefusedInTest } from './rules-as-gateway.js';

/*
 * Inquiries, peers and referral resources written straight through Prisma (their repositories
 * are other concepts'), and cases opened as the gateway's service opens them.
 */

export interface TestCaseInquiryOverrides {
  districtId?: DistrictId;
  receivedOn?: IsoDate;
  note?: string | null;
  personAlias?: string | null;
  contactValue?: string | null;
  anonymisedAt?: Date | null;
}

const contact = (value: string | null) =>
  value === null
    ? { contactMethod: null, contactValue: null }
    : { contactMethod: 'PHONE' as const, contactValue: value };

/** An inquiry by phone from a relative, with follow-up consent (default vest). */
export async function createCaseTestInquiry(
  db: Database,
  overrides: TestCaseInquiryOverrides = {},
): Promise<{ id: string; districtId: DistrictId }> {
  const { prisma } = databaseInternals(db);
  const districtId = overrides.districtId ?? 'vest';
  const row = await prisma.inquiry.create({
    data: {
      districtId,
      receivedOn: new Date(`${overrides.receivedOn ?? '2026-12-01'}T00:00:00.000Z`),
      receivedTime: '10:15',
      channel: 'PHONE',
      inquirerType: 'RELATIVE',
      themeIds: ['grief'],
      languages: ['nb'],
      municipalityNumber: OFFICE_MUNICIPALITY[districtId],
      minutesSpent: 20,
      actions: ['INFORMATION_GIVEN'],
      note: overrides.note === undefined ? 'Mor ringte om sønnen.' : overrides.note,
      personAlias: overrides.personAlias === undefined ? 'Kari' : overrides.personAlias,
      ...contact(overrides.contactValue === undefined ? '912 34 567' : overrides.contactValue),
      anonymisedAt: overrides.anonymisedAt ?? null,
      consents: {
        create: [
          {
            purpose: 'FOLLOW_UP_CONTACT',
            givenOn: new Date('2026-12-01T00:00:00.000Z'),
            wording: 'Ja til å bli ringt opp.',
          },
        ],
      },
    },
  });
  return { id: row.id, districtId };
}

export async function createCaseTestReferralResource(
  db: Database,
  overrides: { districtId?: DistrictId; name?: string; archived?: boolean } = {},
): Promise<{ id: string; name: string }> {
  const { prisma } = databaseInternals(db);
  const row = await prisma.referralResource.create({
    data: {
      districtId: overrides.districtId ?? 'vest',
      name: overrides.name ?? 'DPS Bjørgvin',
      type: 'DPS',
      offers: 'Poliklinisk behandling for voksne.',
      areaKind: 'DISTRICT',
      municipalityNumbers: [],
      howToRefer: 'Henvisning fra fastlege.',
      archivedAt: overrides.archived ? new Date('2026-11-01T00:00:00.000Z') : null,
    },
  });
  return { id: row.id, name: row.name };
}

export interface TestOpenCaseOverrides {
  districtId?: DistrictId;
  responsibleStaffUserId?: string;
  openedOn?: IsoDate;
  nextFollowUpOn?: IsoDate | null;
  status?: CaseStatus;
  inquiryId?: string;
}

/**
 * A case opened as the gateway's service opens it (facts → rule → open, in one transaction);
 * RefusedInTest when the rule refuses. A responsible staff member of the district is created
 * when none is given; `status` other than OPEN is set afterwards, as a status change would.
 */
export async function openTestCase(db: Database, overrides: TestOpenCaseOverrides = {}): Promise<FollowUpCaseRecord> {
  const districtId = overrides.districtId ?? 'vest';
  const inquiryId = overrides.inquiryId ?? (await createCaseTestInquiry(db, { districtId })).id;
  const responsibleStaffUserId = overrides.responsibleStaffUserId ?? (await createTestStaffUser(db, { districtId })).id;
  const now = new Date();
  const opened = await db.transaction(async (repos) => {
    const facts = await repos.followUpCases.openingFacts(NATIONAL_SCOPE, inquiryId, responsibleStaffUserId);
    if (!facts) throw new Error(`No inquiry ${inquiryId}`);
    const refusal = caseOpeningRefusal(facts);
    if (refusal) throw new RefusedInTest(refusal);
    return repos.followUpCases.open(NATIONAL_SCOPE, {
      inquiryId,
      responsibleStaffUserId,
      nextFollowUpOn: overrides.nextFollowUpOn === undefined ? null : overrides.nextFollowUpOn,
      openedOn: overrides.openedOn ?? todayIn(now),
      now,
      actorId: responsibleStaffUserId,
    });
  });
  if (!opened) throw new Error('The case was not opened.');
  const status = overrides.status ?? 'OPEN';
  if (status === 'OPEN') return opened;
  const changed = await db.repositories.followUpCases.changeStatus(NATIONAL_SCOPE, opened.id, opened.version, {
    status,
    outcome: status === 'CLOSED' ? 'NO_LONGER_NEEDED' : null,
    effectiveDate: opened.openedOn,
    nextFollowUpOn: status === 'CLOSED' ? null : opened.nextFollowUpOn,
    outcomeNote: null,
    now,
    actorId: responsibleStaffUserId,
  });
  return changed!;
}

/**
 * Makes every access-log append that names `recordId` fail (a trigger raising on insert), to
 * prove a read fails with its entries and leaves none. Returns the function that removes it.
 */
export async function failAccessLogAppendsFor(db: Database, recordId: string): Promise<() => Promise<void>> {
  const { prisma } = databaseInternals(db);
  if (!/^[0-9a-f-]{36}$/.test(recordId)) throw new RangeError('recordId is not a uuid.');
  const name = `test_fail_append_${recordId.replace(/-/g, '')}`;
  await prisma.$executeRawUnsafe(`
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.record_id = '${recordId}'::uuid THEN
        RAISE EXCEPTION 'test: the access log refuses entries for %', NEW.record_id;
      END IF;
      RETURN NEW;
    END $$`);
  await prisma.$executeRawUnsafe(
    `CREATE TRIGGER ${name} BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION ${name}()`,
  );
  return async () => {
    await prisma.$executeRawUnsafe(`DROP TRIGGER ${name} ON access_log`);
    await prisma.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
  };
}
