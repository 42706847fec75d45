import { keysetAfter, readCursor } from '../../sql/cursor.js';
import type { IsoDate, QualificationStatus, Scope } from '@selvhjelp/domain';
import { districtIdsInScope, qualificationCutoff } from '@selvhjelp/domain';
import type { Prisma } from '../../generated/prisma/client.js';
import { InvalidCursorError } from '../../errors.js';
import { isUuid } from '../../sql/client.js';
import { dateFromIso } from '../../sql/dates.js';
import type { FacilitatorListFilter } from './types.js';

export function facilitatorScopeWhere(scope: Scope): Prisma.FacilitatorWhereInput {
  return scope.kind === 'national' ? {} : { districtId: { in: [...districtIdsInScope(scope)] } };
}

const QUALIFYING = { in: ['BASIC', 'REFRESHER'] } as Prisma.EnumCourseTypeFilter;

/**
 * The derived status as a condition for one district's facilitators, with the same cutoff the
 * domain's qualificationStatus uses (so the filter and the record agree on every day).
 */
export function qualificationWhere(
  status: QualificationStatus,
  today: IsoDate,
  intervalMonths: number,
): Prisma.FacilitatorWhereInput {
  const recent = {
    courseType: QUALIFYING,
    completedOn: { gt: dateFromIso(qualificationCutoff(today, intervalMonths)) },
  };
  switch (status) {
    case 'IN_TRAINING':
      return { completions: { none: { courseType: 'BASIC' } } };
    case 'QUALIFIED':
      return { AND: [{ completions: { some: { courseType: 'BASIC' } } }, { completions: { some: recent } }] };
    case 'LAPSED':
      return { AND: [{ completions: { some: { courseType: 'BASIC' } } }, { completions: { none: recent } }] };
  }
}

/** Facilitators with one of `statuses`, each district judged by its own interval. */
export function statusesWhere(
  statuses: readonly QualificationStatus[],
  today: IsoDate,
  intervals: ReadonlyMap<string, number>,
): Prisma.FacilitatorWhereInput {
  return {
    OR: [...intervals].map(([districtId, months]) => ({
      districtId,
      OR: statuses.map((status) => qualificationWhere(status, today, months)),
    })),
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

export function facilitatorListWhere(
  scope: Scope,
  filter: FacilitatorListFilter,
  today: IsoDate,
  intervals: ReadonlyMap<string, number>,
): Prisma.FacilitatorWhereInput {
  const and: Prisma.FacilitatorWhereInput[] = [facilitatorScopeWhere(scope)];
  if (!filter.includeForgotten) and.push({ forgottenAt: null });
  if (filter.statuses) and.push(statusesWhere(filter.statuses, today, intervals));
  if (filter.municipalityNumbers) and.push({ municipalityNumber: { in: [...filter.municipalityNumbers] } });
  if (filter.availabilities) and.push({ availability: { in: [...filter.availabilities] } });
  if (filter.themeIds) and.push({ themeIds: { hasSome: [...filter.themeIds] } });
  const search = filter.search?.trim();
  if (search) and.push({ name: { contains: escapeLike(search), mode: 'insensitive' } });
  return { AND: and };
}

export const FACILITATOR_ORDER: Prisma.FacilitatorOrderByWithRelationInput[] = [{ name: 'asc' }, { id: 'asc' }];

export function encodeFacilitatorCursor(node: { name: string; id: string }): string {
  return Buffer.from(JSON.stringify(['f', node.name, node.id])).toString('base64url');
}

export function decodeFacilitatorCursor(cursor: string): { name: string; id: string } {
  try {
    const value: unknown = readCursor(cursor);
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value[0] === 'f' &&
      typeof value[1] === 'string' &&
      typeof value[2] === 'string' &&
      isUuid(value[2])
    ) {
      return { name: value[1], id: value[2] };
    }
  } catch {
    // falls through to the error below
  }
  throw new InvalidCursorError();
}

export function afterFacilitatorCursor(cursor: { name: string; id: string }): Prisma.FacilitatorWhereInput {
  return keysetAfter('name', cursor.name, cursor.id, 'asc');
}
