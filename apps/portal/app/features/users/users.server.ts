import type { RouterContextProvider } from 'react-router';
import { gatewayContext, portalContext, viewerContext } from '../../context.server';
import { graphql } from '../../generated';
import { listPageOf, queryListPage } from '../../shared/list/list-page.server';
import type { Role, StaffUserFilter } from '../../generated/graphql';
import { isRole, offersUserAdministration, ROLES } from '../../shared/layout/navigation';
import { DISTRICT_IDS, DISTRICT_LABELS, isDistrictId } from '../../shared/layout/portals';

const StaffUsersDocument = graphql(`
  query StaffUsers($filter: StaffUserFilter, $first: Int, $after: String) {
    staffUsers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          role
          active
          version
          district {
            id
            name
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;

export interface UserFilters {
  role: Role | '';
  active: 'true' | 'false' | '';
  district: string;
  after: string;
}

export function readFilters(url: URL): UserFilters {
  const params = url.searchParams;
  const role = params.get('role');
  const active = params.get('active');
  const district = params.get('district') ?? '';
  return {
    role: isRole(role) ? role : '',
    active: active === 'true' || active === 'false' ? active : '',
    district: isDistrictId(district) ? district : '',
    after: params.get('after') ?? '',
  };
}

/** A district portal only ever lists its own district; the national portal may narrow to one. */
export function gatewayFilter(filters: UserFilters, districtId: string | null): StaffUserFilter {
  return {
    districtId: districtId ?? (filters.district || null),
    role: filters.role || null,
    active: filters.active === '' ? null : filters.active === 'true',
  };
}

/** GET brukere: the users the gateway lets this viewer see, filtered, one page at a time. */
export async function loadUsers(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  const viewer = context.get(viewerContext);
  const filters = readFilters(new URL(request.url));
  const variables = {
    filter: gatewayFilter(filters, portal.districtId),
    first: PAGE_SIZE,
    after: filters.after || null,
  };
  const result = await queryListPage(context.get(gatewayContext), StaffUsersDocument, variables, filters);
  const { nodes: users, totalCount, nextCursor } = listPageOf(result.staffUsers);
  return {
    portal,
    viewerId: viewer.id,
    filters,
    manage: offersUserAdministration(viewer.role),
    users,
    totalCount,
    nextCursor,
    // Form hints only; the gateway refuses roles and districts this viewer may not assign.
    roleOptions: portal.kind === 'district' ? (['DISTRICT_STAFF', 'DISTRICT_LEAD'] as Role[]) : [...ROLES],
    districtOptions:
      portal.kind === 'national' ? DISTRICT_IDS.map((id) => ({ id, name: DISTRICT_LABELS[id].name })) : [],
  };
}
