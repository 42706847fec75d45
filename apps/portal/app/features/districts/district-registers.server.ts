import type { RouterContextProvider } from 'react-router';
import { municipalitiesInDistrict } from '@selvhjelp/domain';
import { gatewayContext } from '../../context.server';
import { listPageOf, queryListPage } from '../../shared/list/list-page.server';
import { todayInOslo } from '../../shared/dates/dates';
import type { DistrictId } from '../../shared/layout/portals';
import { viewedDistrict } from './viewed-district.server';
import { GroupListDocument } from '../groups/list.server';
import { parseGroupListQuery, toGroupFilter, toGroupOrder } from '../groups/list-query';
import { CourseListDocument } from '../courses/list.server';
import { parseCourseListQuery, toCourseFilter, upcomingFirst } from '../courses/list-query';
import { PartnerListDocument } from '../partners/list.server';
import { parsePartnerListQuery, toPartnerFilter } from '../partners/list-query';
import { partnerOptions } from '../partners/partner-options.server';
import { ActivityLogDocument } from '../outreach/list.server';
import { parseActivityLogQuery, toActivityFilter } from '../outreach/log-query';

// The national office reads one district's non-personal registers with the district portal's
// own list documents and query strings, narrowed by the gateway's `districtId` filter. None of
// these documents asks for a person (trainers, contact persons, staff, facilitators).

const PAGE_SIZE = 25;

const districtMunicipalities = (id: DistrictId) =>
  municipalitiesInDistrict(id).map(({ number, name }) => ({ number, name }));

/** GET /nasjonalt/distrikter/:districtId/grupper */
export async function loadDistrictGroups(request: Request, context: Readonly<RouterContextProvider>) {
  const district = viewedDistrict(context);
  const query = parseGroupListQuery(new URL(request.url).searchParams);
  const variables = {
    filter: toGroupFilter(query, district.id),
    orderBy: toGroupOrder(query.sort),
    first: PAGE_SIZE,
    after: query.after || null,
  };
  const { groups } = await queryListPage(context.get(gatewayContext), GroupListDocument, variables, query);
  const page = listPageOf(groups);
  return {
    district,
    query,
    today: todayInOslo(),
    groups: page.nodes,
    totalCount: page.totalCount,
    statusCounts: groups.statusCounts,
    nextCursor: page.nextCursor,
    municipalities: districtMunicipalities(district.id),
  };
}

/** GET /nasjonalt/distrikter/:districtId/kurs: upcoming first, as the district sees them. */
export async function loadDistrictCourses(request: Request, context: Readonly<RouterContextProvider>) {
  const district = viewedDistrict(context);
  const query = parseCourseListQuery(new URL(request.url).searchParams);
  const variables = {
    filter: { ...toCourseFilter(query), districtId: district.id },
    first: PAGE_SIZE,
    after: query.after || null,
  };
  const result = await queryListPage(context.get(gatewayContext), CourseListDocument, variables, query);
  const page = listPageOf(result.trainingCourses);
  return {
    district,
    query,
    courses: upcomingFirst(page.nodes, todayInOslo()),
    totalCount: page.totalCount,
    nextCursor: page.nextCursor,
  };
}

/** GET /nasjonalt/distrikter/:districtId/samarbeidspartnere: the partners the district keeps. */
export async function loadDistrictPartners(request: Request, context: Readonly<RouterContextProvider>) {
  const district = viewedDistrict(context);
  const query = parsePartnerListQuery(new URL(request.url).searchParams);
  const variables = {
    filter: { ...toPartnerFilter(query), districtId: district.id },
    first: PAGE_SIZE,
    after: query.after || null,
  };
  const result = await queryListPage(context.get(gatewayContext), PartnerListDocument, variables, query);
  const page = listPageOf(result.partners);
  return {
    district,
    query,
    partners: page.nodes,
    totalCount: page.totalCount,
    nextCursor: page.nextCursor,
    municipalities: districtMunicipalities(district.id),
  };
}

/** GET /nasjonalt/distrikter/:districtId/aktiviteter: the log and its totals, last 12 months by default. */
export async function loadDistrictActivities(request: Request, context: Readonly<RouterContextProvider>) {
  const district = viewedDistrict(context);
  const gateway = context.get(gatewayContext);
  const query = parseActivityLogQuery(new URL(request.url).searchParams, todayInOslo());
  const variables = { filter: toActivityFilter(query, district.id), first: PAGE_SIZE, after: query.after || null };
  const [log, partners] = await Promise.all([
    queryListPage(gateway, ActivityLogDocument, variables, query),
    partnerOptions(gateway, district.id),
  ]);
  const page = listPageOf(log.outreachActivities);
  return {
    district,
    query,
    activities: page.nodes,
    totalCount: page.totalCount,
    nextCursor: page.nextCursor,
    totals: log.activityTotals,
    partners,
  };
}
