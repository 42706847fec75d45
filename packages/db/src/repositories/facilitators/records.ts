import type { DistrictId, IsoDate } from '@selvhjelp/domain';
import { DEFAULT_REFRESHER_INTERVAL_MONTHS, qualificationOf } from '@selvhjelp/domain';
import type { CourseCompletion, Facilitator, Prisma } from '../../generated/prisma/client.js';
import { isoFromDate, optionalIsoFromDate } from '../../sql/dates.js';
import type { FacilitatorRecord, FacilitatorAssignmentRecord } from './types.js';

/*
 * What the facilitator repository returns: plain objects, calendar days as `YYYY-MM-DD`.
 * Qualification is derived when the record is made, for the `today` the caller asked about,
 * with the district's refresher interval.
 */

export type FacilitatorRow = Facilitator & { completions: Pick<CourseCompletion, 'courseType' | 'completedOn'>[] };

/** Only these completions matter for qualification (see facilitatorInclude). */
export const QUALIFYING_COMPLETIONS = {
  completions: {
    where: { courseType: { in: ['BASIC', 'REFRESHER'] } },
    select: { courseType: true, completedOn: true },
  },
} satisfies Prisma.FacilitatorInclude;

function latest(dates: Date[]): IsoDate | null {
  if (dates.length === 0) return null;
  return isoFromDate(new Date(Math.max(...dates.map((date) => date.getTime()))));
}

export function toFacilitatorRecord(
  row: FacilitatorRow,
  today: IsoDate,
  intervals: ReadonlyMap<string, number>,
): FacilitatorRecord {
  const refresherIntervalMonths = intervals.get(row.districtId) ?? DEFAULT_REFRESHER_INTERVAL_MONTHS;
  const dates = {
    basicCompletedOn: latest(row.completions.filter((c) => c.courseType === 'BASIC').map((c) => c.completedOn)),
    latestQualifyingOn: latest(row.completions.map((c) => c.completedOn)),
  };
  return {
    id: row.id,
    // Written only through the repository, which accepts known district ids only.
    districtId: row.districtId as DistrictId,
    name: row.name,
    email: row.email,
    phone: row.phone,
    municipalityNumber: row.municipalityNumber,
    languages: row.languages,
    themeConsent: row.themeConsent,
    themeIds: row.themeIds,
    availability: row.availability,
    notes: row.notes,
    consentGivenOn: isoFromDate(row.consentGivenOn),
    consentText: row.consentText,
    forgottenAt: row.forgottenAt,
    qualification: qualificationOf(dates, today, refresherIntervalMonths),
    refresherIntervalMonths,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toAssignmentRecord(row: {
  id: string;
  facilitatorId: string;
  groupId: string;
  role: string;
  fromDate: Date;
  toDate: Date | null;
}): FacilitatorAssignmentRecord {
  return {
    id: row.id,
    facilitatorId: row.facilitatorId,
    groupId: row.groupId,
    role: row.role,
    fromDate: isoFromDate(row.fromDate),
    toDate: optionalIsoFromDate(row.toDate),
  };
}
