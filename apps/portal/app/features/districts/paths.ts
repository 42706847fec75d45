import { NATIONAL_SEGMENT } from '../../shared/layout/portals';

/** The registers the national office reads of one district, by path segment (the district portal's own). */
export const DISTRICT_REGISTERS = ['grupper', 'kurs', 'samarbeidspartnere', 'aktiviteter'] as const;
export type DistrictRegister = (typeof DISTRICT_REGISTERS)[number];

/**
 * `/nasjonalt/distrikter/nord` and its register pages: what a national user may read of a
 * district, inside the national portal (there is no login for them in the district's own).
 */
export function viewedDistrictPath(districtId: string, page: DistrictRegister | '' = ''): string {
  const base = `/${NATIONAL_SEGMENT}/distrikter/${encodeURIComponent(districtId)}`;
  return page ? `${base}/${page}` : base;
}
