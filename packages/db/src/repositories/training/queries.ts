import { keysetAfter, readCursor } from '../../sql/cursor.js';
import type { IsoDate, Scope } from '@selvhjelp/domain';
import { districtIdsInScope } from '@selvhjelp/domain';
import type { Prisma } from '../../generated/prisma/client.js';
import { InvalidCursorError } from '../../errors.js';
import { isUuid } from '../../sql/client.js';
import { dateFromIso, isoFromDate } from '../../sql/dates.js';
import type { TrainingCourseListFilter } from './types.js';

export function courseScopeWhere(scope: Scope): Prisma.TrainingCourseWhereInput {
  return scope.kind === 'national' ? {} : { districtId: { in: [...districtIdsInScope(scope)] } };
}

export function courseListWhere(scope: Scope, filter: TrainingCourseListFilter): Prisma.TrainingCourseWhereInput {
  const and: Prisma.TrainingCourseWhereInput[] = [courseScopeWhere(scope)];
  if (filter.statuses) and.push({ status: { in: [...filter.statuses] } });
  if (filter.types) and.push({ type: { in: [...filter.types] } });
  if (filter.startsOnOrAfter) and.push({ startsOn: { gte: dateFromIso(filter.startsOnOrAfter) } });
  if (filter.districtId !== undefined) and.push({ districtId: filter.districtId });
  return { AND: and };
}

/** First session first. */
export const COURSE_ORDER: Prisma.TrainingCourseOrderByWithRelationInput[] = [{ startsOn: 'asc' }, { id: 'asc' }];

export function encodeCourseCursor(node: { startsOn: IsoDate; id: string }): string {
  return Buffer.from(JSON.stringify(['c', node.startsOn, node.id])).toString('base64url');
}

export function decodeCourseCursor(cursor: string): { startsOn: Date; id: string } {
  try {
    const value: unknown = readCursor(cursor);
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value[0] === 'c' &&
      typeof value[1] === 'string' &&
      typeof value[2] === 'string' &&
      isUuid(value[2])
    ) {
      const startsOn = dateFromIso(value[1]);
      if (isoFromDate(startsOn) === value[1]) return { startsOn, id: value[2] };
    }
  } catch {
    // falls through to the error below
  }
  throw new InvalidCursorError();
}

export function afterCourseCursor(cursor: { startsOn: Date; id: string }): Prisma.TrainingCourseWhereInput {
  return keysetAfter('startsOn', cursor.startsOn, cursor.id, 'asc');
}
