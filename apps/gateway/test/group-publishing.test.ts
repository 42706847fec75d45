import type { Database } from '@selvhjelp/db';
import { createSignedInStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { GroupInput, GroupStatus } from './generated/graphql.js';
import { changeGroupStatus, createGroup } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

// What the public sees of a group: nothing until it runs, then the page, the finder, the
// meeting guide feed and its iCalendar file.

const PUBLIC_GROUP = graphql(`
  query PublicRegistryGroup($slug: String!) {
    publicGroup(slug: $slug) {
      name
      contact {
        email
      }
    }
  }
`);
const FINDER = graphql(`
  query FindPublicGroups($search: String!) {
    publicGroups(filter: { search: $search }) {
      edges {
        node {
          slug
        }
      }
    }
  }
`);
const MEETING_GUIDE = graphql(`
  query MeetingGuideFeed($districtId: ID!) {
    meetingGuideFeed(districtId: $districtId)
  }
`);
const STATUS_HISTORY = graphql(`
  query GroupStatusHistory($id: ID!) {
    group(id: $id) {
      statusHistory {
        from
        to
        reason
        changedBy {
          email
        }
      }
    }
  }
`);
const ICALENDAR = graphql(`
  query RegistryGroupICalendar($slug: String!) {
    publicGroupICalendar(slug: $slug)
  }
`);
const PUBLIC_MEETINGS = graphql(`
  query PublicGroupMeetings($slug: String!) {
    publicGroup(slug: $slug) {
      nextMeetings(count: 2) {
        start
      }
    }
  }
`);

describe.each(testBackends())('group publishing on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let vest: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    gateway.clock.now = new Date('2026-11-22T10:00:00Z');
    ({ token: vest } = await createSignedInStaffUser(db, { districtId: 'vest' }, { now: gateway.clock.now }));
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  const create = (overrides: Partial<GroupInput> = {}) => createGroup(gateway, vest, overrides);
  const changeStatus = (group: { id: string; version: number }, status: GroupStatus, reason?: string) =>
    changeGroupStatus(gateway, vest, group, status, reason);

  it('creates a group, moves it IDEA → STARTING → RUNNING, and only then publishes it', async () => {
    const created = await create({ name: 'Pårørendegruppe Åsane' });
    expect(created).toMatchObject({ status: 'IDEA', isPublic: false, nextFollowUpDue: '2026-10-01', version: 1 });
    expect((await gateway.run(PUBLIC_GROUP, { slug: created.slug })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const starting = await changeStatus(created, 'STARTING', 'Igangsetter er på plass');
    const running = await changeStatus(starting, 'RUNNING', 'Gruppen går av seg selv');
    expect(running).toMatchObject({ status: 'RUNNING', isPublic: true, version: 3 });

    const publicGroup = await gateway.run(PUBLIC_GROUP, { slug: created.slug });
    expect(publicGroup.data?.publicGroup).toMatchObject({
      name: 'Pårørendegruppe Åsane',
      contact: { email: expect.stringContaining('@') },
    });
    const finder = await gateway.run(FINDER, { search: 'Åsane' });
    expect(finder.data?.publicGroups.edges.map((edge) => edge.node.slug)).toEqual([created.slug]);
    const feed = await gateway.run(MEETING_GUIDE, { districtId: 'vest' });
    const meetings = JSON.parse(feed.data!.meetingGuideFeed) as { slug: string; day: number; time: string }[];
    expect(meetings.find((meeting) => meeting.slug.startsWith(created.slug))).toMatchObject({ day: 2, time: '18:00' });

    const history = await gateway.run(STATUS_HISTORY, { id: created.id }, vest);
    expect(history.data?.group.statusHistory.map((change) => [change.from, change.to])).toEqual([
      [null, 'IDEA'],
      ['IDEA', 'STARTING'],
      ['STARTING', 'RUNNING'],
    ]);
  });

  it('publishes an iCalendar file with local times that hold across the DST change', async () => {
    const group = await changeStatus(
      await changeStatus(await create({ name: 'Angstgruppe Fana', themeIds: ['anxiety'] }), 'STARTING'),
      'RUNNING',
    );
    const result = await gateway.run(ICALENDAR, { slug: group.slug });
    const ics = result.data!.publicGroupICalendar;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Oslo:20260901T180000/);
    expect(ics).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=TU/);
    const meetings = await gateway.run(PUBLIC_MEETINGS, { slug: group.slug });
    // 2026-11-24 18:00 in Oslo is winter time (UTC+1).
    expect(meetings.data?.publicGroup.nextMeetings[0]?.start).toBe('2026-11-24T17:00:00.000Z');
  });
});
