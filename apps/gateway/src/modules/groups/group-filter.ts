import type { GroupListFilter, GroupListOrder } from '@selvhjelp/db';
import { GROUP_STATUSES, findMunicipality, isDistrictId, isIsoDate, isThemeId } from '@selvhjelp/domain';
import { z } from 'zod';
import { parseInput } from '../../kernel/errors.js';

export interface GroupFilterArgs {
  districtId?: string | null;
  statuses?: readonly string[] | null;
  themeIds?: readonly string[] | null;
  municipalityNumber?: string | null;
  openForNewMembers?: boolean | null;
  followUpDueBefore?: string | null;
  search?: string | null;
}

const filterSchema = z.object({
  districtId: z.string().refine(isDistrictId, { message: 'UNKNOWN_DISTRICT' }).nullish(),
  statuses: z.array(z.enum(GROUP_STATUSES)).nullish(),
  themeIds: z.array(z.string().refine(isThemeId, { message: 'UNKNOWN_THEME' })).nullish(),
  municipalityNumber: z
    .string()
    .refine((number) => Boolean(findMunicipality(number)), { message: 'UNKNOWN_MUNICIPALITY_NUMBER' })
    .nullish(),
  openForNewMembers: z.boolean().nullish(),
  followUpDueBefore: z.string().refine(isIsoDate, { message: 'INVALID_DATE' }).nullish(),
  search: z.string().trim().max(200, { message: 'SEARCH_TOO_LONG' }).nullish(),
});

/** Validates a staff list filter; unknown values are refused rather than silently ignored. */
export function parseGroupFilter(filter: GroupFilterArgs | null | undefined): GroupListFilter {
  const parsed = parseInput(filterSchema, filter ?? {}, 'filter');
  return {
    districtId: parsed.districtId ?? undefined,
    statuses: parsed.statuses?.length ? parsed.statuses : undefined,
    themeIds: parsed.themeIds?.length ? parsed.themeIds : undefined,
    municipalityNumber: parsed.municipalityNumber ?? undefined,
    openForNewMembers: parsed.openForNewMembers ?? undefined,
    followUpDueBefore: parsed.followUpDueBefore ?? undefined,
    search: parsed.search || undefined,
  };
}

export function parseGroupOrder(order: unknown): GroupListOrder {
  const value = (order ?? {}) as { field?: GroupListOrder['field']; direction?: GroupListOrder['direction'] };
  return { field: value.field ?? 'NAME', direction: value.direction ?? 'ASC' };
}
