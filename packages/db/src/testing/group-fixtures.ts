import { randomBytes } from 'node:crypto';
import type { DistrictId, GroupData, GroupStatus, IsoDate, Schedule, Scope, VenueData } from '@selvhjelp/domain';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import type { Database } from '../database.js';
import { databaseInternals } from '../database.js';
import type { GroupRecord, NewGroup } from '../repositories/groups/types.js';

/** The office town of each district: a municipality that certainly belongs to it. */
export const OFFICE_MUNICIPALITY: Readonly<Record<DistrictId, string>> = {
  nord: '5501',
  midt: '5001',
  vest: '4601',
  sorvest: '1103',
  sor: '4204',
  innlandet: '3403',
  ost: '0301',
};

export interface TestGroupDataOverrides extends Partial<Omit<GroupData, 'schedule' | 'venue'>> {
  schedule?: Partial<Schedule>;
  venue?: Partial<VenueData> | null;
}

/**
 * A valid GroupData (weekly, in person, Bergen); `districtId` alone moves it to that district's
 * office town. Overrides replace fields; `schedule` and `venue` are merged.
 */
export function testGroupData(overrides: TestGroupDataOverrides = {}): GroupData {
  const districtId = overrides.districtId ?? 'vest';
  const { schedule, venue, ...rest } = overrides;
  return {
    name: 'Samtalegruppe for pårørende',
    description: 'En gruppe for deg som står nær noen som strever.',
    themeIds: ['relatives'],
    targetGroup: 'RELATIVES',
    municipalityNumber: OFFICE_MUNICIPALITY[districtId as DistrictId] ?? '4601',
    format: 'IN_PERSON',
    meetingUrl: null,
    languages: ['nb'],
    openForNewMembers: true,
    maxSize: 10,
    ...rest,
    districtId,
    venue:
      venue === null
        ? null
        : {
            name: 'Frivilligsentralen',
            streetAddress: 'Storgata 12',
            postalCode: '5015',
            postalPlace: 'Bergen',
            stepFreeAccess: true,
            hearingLoop: false,
            accessibilityNotes: null,
            ...venue,
          },
    schedule: {
      kind: 'WEEKLY',
      weekday: 'TUESDAY',
      nth: null,
      dates: [],
      startTime: '18:00',
      durationMinutes: 90,
      startDate: '2026-09-01',
      endDate: null,
      ...schedule,
    },
  };
}

export interface TestNewGroupOverrides extends Partial<Omit<NewGroup, 'data'>> {
  data?: TestGroupDataOverrides;
}

/** A NewGroup for the repository's create/createMany, with a unique slug. */
export function testNewGroup(overrides: TestNewGroupOverrides = {}): NewGroup {
  const { data, ...rest } = overrides;
  return {
    data: testGroupData(data),
    slug: `testgruppe-${randomBytes(4).toString('hex')}`,
    status: 'RUNNING' satisfies GroupStatus,
    nextFollowUpDue: null satisfies IsoDate | null,
    statusReason: 'Registrert',
    changeKind: 'CREATED',
    fields: [{ field: 'name', oldValue: null, newValue: 'Samtalegruppe for pårørende' }],
    actorId: null,
    now: new Date(),
    ...rest,
  };
}

/** Creates a group through the repository (national scope unless given). */
export function createTestGroup(
  db: Database,
  overrides: TestNewGroupOverrides = {},
  scope: Scope = NATIONAL_SCOPE,
): Promise<GroupRecord> {
  return db.repositories.groups.create(scope, testNewGroup(overrides));
}

/** Rows in every group table, for tests that prove a refused write left nothing behind. */
export function groupTableCounts(db: Database): Promise<[number, number, number, number, number]> {
  const { prisma } = databaseInternals(db);
  return Promise.all([
    prisma.group.count(),
    prisma.venue.count(),
    prisma.groupStatusChange.count(),
    prisma.groupChange.count(),
    prisma.groupFollowUp.count(),
  ]);
}

/**
 * Deletes a group outright, as an operator would by hand: the app closes groups and never deletes
 * them, but the change feed (decision 0036) must still tell partners.
 */
export async function deleteTestGroup(db: Database, id: string): Promise<void> {
  await databaseInternals(db).prisma.group.delete({ where: { id } });
}
