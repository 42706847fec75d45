import type { Database } from '@selvhjelp/db';
import {
  createSignedInStaffUser,
  createTestActivity,
  createTestCourse,
  createTestGroup,
  createTestPartner,
  testBackends,
} from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { dataOf, errorOf } from './network-fixtures.js';

// The national portal's read-only pages of one district (issue 13): the four non-personal
// registries narrowed by `districtId`, and the personal ones still closed to national roles.

const DISTRICT_LISTS = graphql(`
  query NationalDistrictLists($districtId: ID!, $search: String!, $from: Date!) {
    groups(filter: { districtId: $districtId, search: $search }, first: 100) {
      totalCount
      edges {
        node {
          id
          district {
            id
          }
        }
      }
    }
    trainingCourses(filter: { districtId: $districtId, from: $from }, first: 100) {
      totalCount
      edges {
        node {
          id
          district {
            id
          }
        }
      }
    }
    partners(filter: { districtId: $districtId, search: $search }, first: 100) {
      totalCount
      edges {
        node {
          id
          district {
            id
          }
        }
      }
    }
    outreachActivities(filter: { districtId: $districtId, search: $search }, first: 100) {
      totalCount
      edges {
        node {
          id
          district {
            id
          }
        }
      }
    }
  }
`);

const COURSES_OF = graphql(`
  query CoursesOfDistrict($districtId: ID) {
    trainingCourses(filter: { districtId: $districtId }, first: 1) {
      totalCount
    }
  }
`);

const PARTNERS_OF = graphql(`
  query PartnersOfDistrict($districtId: ID) {
    partners(filter: { districtId: $districtId }, first: 1) {
      totalCount
    }
  }
`);

const INQUIRIES = graphql(`
  query NationalReadsInquiries {
    inquiries(first: 1) {
      totalCount
    }
  }
`);

const CASES = graphql(`
  query NationalReadsCases {
    followUpCases(first: 1) {
      totalCount
    }
  }
`);

const PEERS = graphql(`
  query NationalReadsPeers {
    volunteerPeers(first: 1) {
      totalCount
    }
  }
`);

const ids = (connection: { edges: readonly { node: { id: string } }[] }) =>
  connection.edges.map((edge) => edge.node.id).sort();

const districts = (connection: { edges: readonly { node: { district: { id: string } } }[] }) => [
  ...new Set(connection.edges.map((edge) => edge.node.district.id)),
];

describe.each(testBackends())('national reading of one district on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let national: string;
  let vest: string;
  const marker = `Drill ${Date.now().toString(36)}`;
  // Far past the demo data, so the course filter's `from` keeps only this suite's courses.
  const from = '2031-01-01';
  const made = {
    groups: [] as string[],
    courses: [] as string[],
    partners: [] as string[],
    activities: [] as string[],
  };

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    ({ token: national } = await createSignedInStaffUser(db, { role: 'NATIONAL' }, { now: gateway.clock.now }));
    ({ token: vest } = await createSignedInStaffUser(db, { districtId: 'vest' }, { now: gateway.clock.now }));
    for (const districtId of ['nord', 'vest'] as const) {
      const group = await createTestGroup(db, { data: { districtId, name: `${marker} gruppe ${districtId}` } });
      const course = await createTestCourse(db, { districtId, sessionDates: ['2031-03-02'] });
      const partner = await createTestPartner(db, { districtId, name: `${marker} partner ${districtId}` });
      const activity = await createTestActivity(db, { districtId, title: `${marker} foredrag ${districtId}` });
      if (districtId === 'nord') {
        made.groups.push(group.id);
        made.courses.push(course.id);
        made.partners.push(partner.id);
        made.activities.push(activity.id);
      }
    }
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it("gives national roles one district's groups, courses, partners and activities, and nothing of the others", async () => {
    const lists = dataOf(await gateway.run(DISTRICT_LISTS, { districtId: 'nord', search: marker, from }, national));
    expect(ids(lists.groups)).toEqual(made.groups);
    expect(ids(lists.trainingCourses)).toEqual(made.courses);
    expect(ids(lists.partners)).toEqual(made.partners);
    expect(ids(lists.outreachActivities)).toEqual(made.activities);
    for (const list of [lists.groups, lists.trainingCourses, lists.partners, lists.outreachActivities]) {
      expect(districts(list)).toEqual(['nord']);
    }
  });

  it('narrows, never widens: district staff naming another district get an empty list', async () => {
    const lists = dataOf(await gateway.run(DISTRICT_LISTS, { districtId: 'nord', search: marker, from }, vest));
    expect(lists.groups.totalCount).toBe(0);
    expect(lists.trainingCourses.totalCount).toBe(0);
    expect(lists.partners.totalCount).toBe(0);
    expect(lists.outreachActivities.totalCount).toBe(0);
    const own = dataOf(await gateway.run(DISTRICT_LISTS, { districtId: 'vest', search: marker, from }, vest));
    expect(own.trainingCourses.totalCount).toBe(1);
    expect(own.partners.totalCount).toBe(1);
  });

  it("counts a district's courses and partners as the unfiltered national list splits them", async () => {
    const total = async (districtId: string | null) =>
      [
        dataOf(await gateway.run(COURSES_OF, { districtId }, national)).trainingCourses.totalCount,
        dataOf(await gateway.run(PARTNERS_OF, { districtId }, national)).partners.totalCount,
      ] as const;
    const all = await total(null);
    const nord = await total('nord');
    const rest = await total('vest');
    expect(nord[0]).toBeGreaterThan(0);
    expect(nord[1]).toBeGreaterThan(0);
    expect(nord[0] + rest[0]).toBeLessThanOrEqual(all[0]);
    expect(nord[1] + rest[1]).toBeLessThanOrEqual(all[1]);
  });

  it('refuses a district that does not exist with BAD_USER_INPUT on the filter', async () => {
    const answers = [
      await gateway.run(COURSES_OF, { districtId: 'atlantis' }, national),
      await gateway.run(PARTNERS_OF, { districtId: 'atlantis' }, national),
    ];
    for (const answer of answers) {
      expect(errorOf(answer)).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'UNKNOWN_DISTRICT',
        field: 'filter.districtId',
      });
    }
  });

  it('still refuses national roles the inquiries, follow-up cases and volunteer peers (FORBIDDEN)', async () => {
    const answers = [
      await gateway.run(INQUIRIES, {}, national),
      await gateway.run(CASES, {}, national),
      await gateway.run(PEERS, {}, national),
    ];
    for (const answer of answers) {
      expect(answer.data ?? null).toBeNull();
      expect(errorOf(answer)).toMatchObject({ code: 'FORBIDDEN', reason: 'PERSONAL_RECORDS_DISTRICT_STAFF_ONLY' });
    }
  });
});
