import type { DocumentNode } from 'graphql';
import { Kind, print } from 'graphql';
import type { RouteConfigEntry } from '@react-router/dev/routes';
import { RouterContextProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import routes from '../../routes';
import { gatewayContext, langContext, portalContext, viewedDistrictContext } from '../../context.server';
import type { Gateway } from '../../shared/gateway/gateway.server';
import {
  loadDistrictActivities,
  loadDistrictCourses,
  loadDistrictGroups,
  loadDistrictPartners,
} from './district-registers.server';
import { loadViewedDistrict } from './district.server';

interface Call {
  operation: string;
  text: string;
  variables: Record<string, unknown>;
}

const connection = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };

/** What the fake gateway answers, per operation: empty lists, so only the requests matter here. */
const ANSWERS: Record<string, unknown> = {
  GroupList: { groups: { ...connection, statusCounts: [] } },
  CourseList: { trainingCourses: connection },
  PartnerList: { partners: connection },
  PartnerOptions: { partners: connection },
  ActivityLog: {
    outreachActivities: connection,
    activityTotals: { activities: 0, participants: 0, groupsStarted: 0, byType: [] },
  },
  ViewedDistrict: {
    district: {
      id: 'nord',
      name: 'Selvhjelp Nord',
      officeTown: 'Tromsø',
      counties: [{ number: '55', name: 'Troms', municipalities: [{ number: '5501' }, { number: '5503' }] }],
    },
    groups: { totalCount: 7, statusCounts: [{ status: 'RUNNING', count: 5 }] },
    trainingCourses: { totalCount: 2 },
    partners: { totalCount: 3 },
    activityTotals: { activities: 4, participants: 90 },
  },
};

/** The national portal reading `nord`, with a gateway that records each query. */
function nationalContext() {
  const calls: Call[] = [];
  const gateway = {
    query: (document: DocumentNode, variables: Record<string, unknown> = {}) => {
      const definition = document.definitions.find((node) => node.kind === Kind.OPERATION_DEFINITION);
      const operation = definition?.name?.value ?? '';
      calls.push({ operation, text: print(document), variables });
      return Promise.resolve(ANSWERS[operation]);
    },
  } as unknown as Gateway;
  const context = new RouterContextProvider();
  context.set(portalContext, { kind: 'national', segment: 'nasjonalt', districtId: null });
  context.set(viewedDistrictContext, 'nord');
  context.set(gatewayContext, gateway);
  context.set(langContext, 'nb');
  return { context, calls };
}

const get = (path: string) => new Request(`http://portal.test/nasjonalt/distrikter/nord/${path}`);

// Fields that name or reach a person: none of the national district pages may ask for them.
const PERSONAL_FIELDS =
  /\b(contacts|formerContacts|trainers|staff|enrolments|facilitator|facilitatorAssignments|email|phone|notes|registeredBy|changedBy|personAlias)\b/;

describe("the national portal's pages of one district", () => {
  it('ask for that district only, with the filters of the address, and for no personal field', async () => {
    const { context, calls } = nationalContext();
    await loadDistrictGroups(get('grupper?status=RUNNING&district=vest'), context);
    await loadDistrictCourses(get('kurs?type=BASIC'), context);
    await loadDistrictPartners(get('samarbeidspartnere?type=LIBRARY&q=bibliotek'), context);
    await loadDistrictActivities(get('aktiviteter?from=2026-01-01&to=2026-06-30'), context);
    await loadViewedDistrict(context);
    const byOperation = new Map(calls.map((call) => [call.operation, call]));
    // `district=vest` in the address cannot widen or move the page: the route's district wins.
    expect(byOperation.get('GroupList')?.variables.filter).toMatchObject({ districtId: 'nord', statuses: ['RUNNING'] });
    expect(byOperation.get('CourseList')?.variables.filter).toMatchObject({ districtId: 'nord', types: ['BASIC'] });
    expect(byOperation.get('PartnerList')?.variables.filter).toMatchObject({
      districtId: 'nord',
      types: ['LIBRARY'],
      search: 'bibliotek',
    });
    expect(byOperation.get('PartnerOptions')?.variables).toMatchObject({ districtId: 'nord' });
    expect(byOperation.get('ActivityLog')?.variables.filter).toMatchObject({
      districtId: 'nord',
      from: '2026-01-01',
      to: '2026-06-30',
    });
    const facts = byOperation.get('ViewedDistrict')?.variables;
    expect(facts).toMatchObject({ id: 'nord', groups: { districtId: 'nord' }, partners: { districtId: 'nord' } });
    expect(calls).toHaveLength(6);
    for (const call of calls) expect(call.text, call.operation).not.toMatch(PERSONAL_FIELDS);
  });

  it("sums the district's municipalities and keeps each figure the gateway counted", async () => {
    const { context } = nationalContext();
    const page = await loadViewedDistrict(context);
    expect(page.district.counties).toEqual([{ number: '55', name: 'Troms', municipalityCount: 2 }]);
    expect(page.groups.total).toBe(7);
    expect(page.courses).toBe(2);
    expect(page.partners).toBe(3);
    expect(page.activities).toMatchObject({ held: 4, participants: 90 });
  });
});

/** Every path pattern of the route table, as the layout e2e test reads it. */
function routePatterns(entries: readonly RouteConfigEntry[], parent = ''): string[] {
  return entries.flatMap((entry) => {
    const path = entry.path ? `${parent}/${entry.path}` : parent;
    return [path, ...(entry.children?.length ? routePatterns(entry.children, path) : [])];
  });
}

describe('the route table', () => {
  it('offers a district read from afar its four non-personal registers and nothing else', () => {
    const below = routePatterns(routes).filter((path) => path.startsWith('/:portal/distrikter/:districtId/'));
    expect(below.sort()).toEqual(
      ['aktiviteter', 'grupper', 'kurs', 'samarbeidspartnere'].map((page) => `/:portal/distrikter/:districtId/${page}`),
    );
  });
});
