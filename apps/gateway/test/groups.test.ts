import type { Database } from '@selvhjelp/db';
import { createSignedInStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { GroupInput, GroupStatus } from './generated/graphql.js';
import { GROUP_VENUE, groupInput } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

const CREATE = graphql(`
  mutation CreateRegistryGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...GroupFields
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateRegistryGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      ...GroupFields
    }
  }
`);
const STATUS = graphql(`
  mutation ChangeRegistryGroupStatus($input: ChangeGroupStatusInput!) {
    changeGroupStatus(input: $input) {
      ...GroupFields
    }
  }
`);
const COUNT = graphql(`
  query CountRegistryGroups {
    groups(first: 1) {
      totalCount
    }
  }
`);
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
const CHANGE_HISTORY = graphql(`
  query GroupChangeHistory($id: ID!) {
    group(id: $id) {
      name
      history {
        kind
        changedBy {
          email
        }
        fields {
          field
          oldValue
          newValue
        }
      }
    }
  }
`);
const GROUP_ID = graphql(`
  query GroupId($id: ID!) {
    group(id: $id) {
      id
    }
  }
`);
const DISTRICTS_OF_GROUPS = graphql(`
  query DistrictsOfGroups {
    groups(first: 100) {
      edges {
        node {
          district {
            id
          }
        }
      }
    }
  }
`);
const FOLLOW_UP = graphql(`
  mutation RegisterGroupFollowUp($input: RegisterGroupFollowUpInput!) {
    registerGroupFollowUp(input: $input) {
      id
      nextFollowUpDue
      followUps {
        date
        note
        registeredBy {
          email
        }
      }
    }
  }
`);
const FOLLOW_UPS_DUE = graphql(`
  query GroupFollowUpsDue($before: Date!) {
    groupFollowUpsDue(before: $before) {
      id
      nextFollowUpDue
    }
  }
`);
const NEXT_MEETINGS = graphql(`
  query GroupNextMeetings($id: ID!) {
    group(id: $id) {
      nextMeetings(count: 3) {
        start
      }
      schedule {
        weekday
      }
    }
  }
`);

interface GroupShape {
  id: string;
  slug: string;
  version: number;
  status: string;
  isPublic: boolean;
  nextFollowUpDue: string | null;
}

describe.each(testBackends())('group registry on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let vest: string;
  let vestEmail: string;
  let vestLead: string;
  let vestLeadEmail: string;

  beforeAll(async () => {
    db = await backend.open();
    gateway = await startTestGateway(db);
    gateway.clock.now = new Date('2026-11-22T10:00:00Z');
    const now = gateway.clock.now;
    const staff = await createSignedInStaffUser(db, { districtId: 'vest' }, { now });
    const lead = await createSignedInStaffUser(db, { role: 'DISTRICT_LEAD', districtId: 'vest' }, { now });
    ({
      token: vest,
      user: { email: vestEmail },
    } = staff);
    ({
      token: vestLead,
      user: { email: vestLeadEmail },
    } = lead);
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  async function create(overrides: Partial<GroupInput> = {}, token = vest) {
    const result = await gateway.run(CREATE, { input: { group: groupInput(overrides) } }, token);
    if (!result.data?.createGroup) throw new Error(JSON.stringify(result.errors));
    return result.data.createGroup;
  }

  async function changeStatus(group: GroupShape, status: GroupStatus, reason = 'Klar for neste steg') {
    const result = await gateway.run(STATUS, { input: { id: group.id, version: group.version, status, reason } }, vest);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.changeGroupStatus;
  }

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

  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = (await gateway.run(COUNT, {}, vest)).data!.groups.totalCount;
    const cases: [Partial<GroupInput>, string][] = [
      [{ municipalityNumber: '9999' }, 'input.group.municipalityNumber'],
      [{ themeIds: ['astrology'] }, 'input.group.themeIds'],
      [
        { schedule: { kind: 'WEEKLY', startTime: '18:00', durationMinutes: 90, startDate: '2026-09-01' } },
        'input.group.schedule.weekday',
      ],
      [
        {
          schedule: {
            kind: 'WEEKLY',
            weekday: 'MONDAY',
            startTime: '18:00',
            durationMinutes: 90,
            startDate: '2026-09-01',
            endDate: '2026-08-01',
          },
        },
        'input.group.schedule.endDate',
      ],
      [{ venue: { ...GROUP_VENUE, postalCode: '501' } }, 'input.group.venue.postalCode'],
    ];
    for (const [overrides, field] of cases) {
      const result = await gateway.run(CREATE, { input: { group: groupInput(overrides) } }, vest);
      expect(result.errors?.[0]?.extensions, JSON.stringify(overrides)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: expect.stringMatching(new RegExp(`^${field.replace(/\./g, '\\.')}`)),
      });
    }
    const badDate = await gateway.run(
      CREATE,
      { input: { group: groupInput({ schedule: { ...groupInput().schedule, startDate: '2026-02-30' } }) } },
      vest,
    );
    expect(badDate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.group.schedule.startDate',
    });
    expect(badDate.errors?.[0]?.extensions?.fieldErrors).toEqual([
      {
        field: 'input.group.schedule.startDate',
        reason: 'INVALID_DATE_FORMAT',
        message: 'Ugyldig dato; bruk ÅÅÅÅ-MM-DD.',
      },
    ]);
    const group = await create({ name: 'Gruppe for ulovlig overgang' });
    const illegal = await gateway.run(
      STATUS,
      { input: { id: group.id, version: group.version, status: 'RUNNING', reason: 'Hopper over oppstart' } },
      vest,
    );
    expect(illegal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status' });
    const after = (await gateway.run(COUNT, {}, vest)).data!.groups.totalCount;
    expect(after).toBe(before + 1);
  });

  it('refuses a stale edit with CONFLICT and keeps the winner, with who made it, in the history', async () => {
    const group = await create({ name: 'Samlivsbruddgruppe Sandviken', themeIds: ['separation'] });
    const edit = (name: string) => groupInput({ name, themeIds: ['separation'] });
    const leadEdit = await gateway.run(
      UPDATE,
      { input: { id: group.id, version: group.version, group: edit('Samlivsbrudd Sandviken') } },
      vestLead,
    );
    expect(leadEdit.data?.updateGroup.version).toBe(2);
    const staleEdit = await gateway.run(
      UPDATE,
      { input: { id: group.id, version: group.version, group: edit('Brudd i Sandviken') } },
      vest,
    );
    expect(staleEdit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });

    const history = await gateway.run(CHANGE_HISTORY, { id: group.id }, vest);
    expect(history.data?.group.name).toBe('Samlivsbrudd Sandviken');
    const [latest, first] = history.data!.group.history;
    expect(latest).toMatchObject({ kind: 'UPDATED', changedBy: { email: vestLeadEmail } });
    expect(latest!.fields).toEqual([
      { field: 'name', oldValue: 'Samlivsbruddgruppe Sandviken', newValue: 'Samlivsbrudd Sandviken' },
    ]);
    expect(first).toMatchObject({ kind: 'CREATED', changedBy: { email: vestEmail } });
  });

  it('hides other districts’ groups (NOT_FOUND, as if missing) and lets no national user write', async () => {
    const { token: nord } = await createSignedInStaffUser(db, { districtId: 'nord' }, { now: gateway.clock.now });
    const nordGroup = await create(
      { municipalityNumber: '5501', venue: { ...GROUP_VENUE, postalCode: '9008', postalPlace: 'Tromsø' } },
      nord,
    );
    const read = await gateway.run(GROUP_ID, { id: nordGroup.id }, vest);
    const missing = await gateway.run(GROUP_ID, { id: '00000000-0000-4000-8000-000000000000' }, vest);
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(read.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const write = await gateway.run(
      STATUS,
      { input: { id: nordGroup.id, version: 1, status: 'STARTING', reason: 'Forsøk fra vest' } },
      vest,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const intoNord = await gateway.run(CREATE, { input: { group: groupInput({ municipalityNumber: '5501' }) } }, vest);
    expect(intoNord.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.group.municipalityNumber',
    });
    const list = await gateway.run(DISTRICTS_OF_GROUPS, {}, vest);
    expect(new Set(list.data!.groups.edges.map((edge) => edge.node.district.id))).toEqual(new Set(['vest']));

    const { token: national } = await createSignedInStaffUser(db, { role: 'NATIONAL' }, { now: gateway.clock.now });
    expect(
      (await gateway.run(CREATE, { input: { group: groupInput() } }, national)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const all = await gateway.run(COUNT, {}, national);
    expect(all.data!.groups.totalCount).toBeGreaterThan(list.data!.groups.edges.length);
  });

  it('registers a follow-up and sets the next one six months later', async () => {
    const group = await changeStatus(
      await create({ name: 'Ensomhetsgruppe Loddefjord', themeIds: ['loneliness'] }),
      'STARTING',
    );
    const result = await gateway.run(
      FOLLOW_UP,
      { input: { id: group.id, date: '2026-11-20', note: 'Ringte kontaktpersonen; gruppen fungerer godt.' } },
      vest,
    );
    expect(result.data?.registerGroupFollowUp).toMatchObject({
      nextFollowUpDue: '2027-05-20',
      followUps: [{ date: '2026-11-20', registeredBy: { email: vestEmail } }],
    });
    const future = await gateway.run(FOLLOW_UP, { input: { id: group.id, date: '2027-01-01', note: 'x' } }, vest);
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
    const due = await gateway.run(FOLLOW_UPS_DUE, { before: '2026-12-31' }, vest);
    const dates = due.data!.groupFollowUpsDue.map((entry) => entry.nextFollowUpDue);
    expect(dates).toEqual([...dates].sort());
    expect(due.data!.groupFollowUpsDue.some((entry) => entry.id === group.id)).toBe(false);
  });

  it('gives a closed group no next meetings, though its schedule is kept', async () => {
    const group = await create({ name: 'Samtalegruppe Fana' });
    const meetingsOf = async (id: string) => {
      const result = await gateway.run(NEXT_MEETINGS, { id }, vest);
      return result.data!.group;
    };
    expect((await meetingsOf(group.id)).nextMeetings).toHaveLength(3);
    await changeStatus(group, 'CLOSED', 'Ingen deltakere lenger');
    expect(await meetingsOf(group.id)).toEqual({ nextMeetings: [], schedule: { weekday: 'TUESDAY' } });
  });
});
