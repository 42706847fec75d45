/**
 * The portals this app can serve, by path segment: one per district of the shared reference
 * data, and the national office's.
 */
import type { DistrictId } from '@selvhjelp/domain';
import { DISTRICT_IDS, DISTRICTS, isDistrictId } from '@selvhjelp/domain';

/** Path segment of the national office's portal. */
export const NATIONAL_SEGMENT = 'nasjonalt';

export { DISTRICT_IDS, isDistrictId };
export type { DistrictId };

/** Labels for public pages (start page, login), from the shared reference data. */
export const DISTRICT_LABELS: Readonly<Record<DistrictId, { name: string; officeTown: string }>> = Object.fromEntries(
  DISTRICTS.map((district) => [district.id, { name: district.name, officeTown: district.officeTown }]),
) as Record<DistrictId, { name: string; officeTown: string }>;

export type Portal =
  | { kind: 'district'; segment: DistrictId; districtId: DistrictId }
  | { kind: 'national'; segment: typeof NATIONAL_SEGMENT; districtId: null };

/** A district's portal: the only kind that keeps registers (groups' forms, facilitators, courses, partners, outreach). */
export type DistrictPortal = Extract<Portal, { kind: 'district' }>;

/**
 * Which portal a path segment opens, or null when this instance does not serve it.
 * A pinned instance (PORTAL_DISTRICT) serves only its own district: the national portal and
 * the other districts do not exist there.
 */
export function resolvePortal(segment: string | undefined, pinned: DistrictId | undefined): Portal | null {
  if (segment === undefined) return null;
  if (pinned !== undefined) {
    return segment === pinned ? { kind: 'district', segment: pinned, districtId: pinned } : null;
  }
  if (segment === NATIONAL_SEGMENT) return { kind: 'national', segment: NATIONAL_SEGMENT, districtId: null };
  if (isDistrictId(segment)) return { kind: 'district', segment, districtId: segment };
  return null;
}

/** The portals listed on the start page (unpinned) or the only one (pinned). */
export function servedPortals(pinned: DistrictId | undefined): Portal[] {
  if (pinned !== undefined) return [{ kind: 'district', segment: pinned, districtId: pinned }];
  return [
    { kind: 'national', segment: NATIONAL_SEGMENT, districtId: null },
    ...DISTRICT_IDS.map((id): Portal => ({ kind: 'district', segment: id, districtId: id })),
  ];
}

export function portalPath(portal: Portal, page = ''): string {
  return page ? `/${portal.segment}/${page}` : `/${portal.segment}`;
}

/** The portal of a path like `/vest/brukere`, for building links from a ticket's user. */
export function portalSegmentOfDistrict(districtId: string | null | undefined): string {
  return isDistrictId(districtId) ? districtId : NATIONAL_SEGMENT;
}

/** An absolute link to a page of a portal, for handing to someone (the one-time password link). */
export function portalUrl(origin: string, segment: string, page: string, query: Record<string, string> = {}): string {
  const url = new URL(`/${segment}/${page}`, origin);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.toString();
}
