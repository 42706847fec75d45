import type { Database } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_FIELDS, groupInput } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

const CREATE = `mutation ($input: CreateGroupInput!) { createGroup(input: $input) { ${GROUP_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateGroupInput!) { updateGroup(input: $input) { ${GROUP_FIELDS} } }`;
const STATUS = `mutation ($input: ChangeGroupStatusInput!) { changeGroupStatus(input: $input) { ${GROUP_FIELDS} } }`;
const COUNT = 'query { groups(first: 1) { totalCount } }';

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
  let vestLead: string;

  beforeAll(async () => {
    db = await backend.open();
    gateway = await startTestGateway(db);
    gateway.clock.now = new Date('2026-11-22T10:00:00Z');
    vest = await gateway.login('vest.ansatt@demo.selvhjelp.no');
    vestLead = await gateway.login('vest.leder@demo.selvhjelp.no');
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  async function create(overrides: Record<string, unknown> = {}, token = vest) {
    const result = await gateway.gql<{ createGroup: GroupShape }>(
      CREATE,
      { input: { group: groupInput(overrides) } },
      token,
    );
    if (!result.data?.createGroup) throw new Error(JSON.stringify(result.errors));
    return result.data.createGroup;
  }

  async function changeStatus(group: GroupShape, status: string, reason = 'Klar for neste steg') {
    const result = await gateway.gql<{ changeGroupStatus: GroupShape }>(
      STATUS,
      { input: { id: group.id, version: group.version, status, reason } },
      vest,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.changeGroupStatus;
  }

  it('creates a group, moves it IDEA → STARTING → RUNNING, and only then publishes it', async () => {
    const created = await create({ name: 'Pårørendegruppe Åsane' });
    expect(created).toMatchObject({ status: 'IDEA', isPublic: false, nextFollowUpDue: '2026-10-01', version: 1 });
    const publicQuery = `query ($slug: String!) { publicGroup(slug: $slug) { name contact { email } } }`;
    expect((await gateway.gql(publicQuery, { slug: created.slug })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const starting = await changeStatus(created, 'STARTING', 'Igangsetter er på plass');
    const running = await changeStatus(starting, 'RUNNING', 'Gruppen går av seg selv');
    expect(running).toMatchObject({ status: 'RUNNING', isPublic: true, version: 3 });

    const publicGroup = await gateway.gql<{ publicGroup: { name: string; contact: { email: string } } }>(publicQuery, {
      slug: created.slug,
    });
    expect(publicGroup.data?.publicGroup).toMatchObject({
      name: 'Pårørendegruppe Åsane',
      contact: { email: expect.stringContaining('@') },
    });
    const finder = await gateway.gql<{ publicGroups: { edges: { node: { slug: string } }[] } }>(
      'query { publicGroups(filter: { search: "Åsane" }) { edges { node { slug } } } }',
    );
    expect(finder.data?.publicGroups.edges.map((edge) => edge.node.slug)).toEqual([created.slug]);
    const feed = await gateway.gql<{ meetingGuideFeed: string }>('query { meetingGuideFeed(districtId: "vest") }');
    const meetings = JSON.parse(feed.data!.meetingGuideFeed) as { slug: string; day: number; time: string }[];
    expect(meetings.find((meeting) => meeting.slug.startsWith(created.slug))).toMatchObject({ day: 2, time: '18:00' });

    const history = await gateway.gql<{
      group: { statusHistory: { from: string | null; to: string; reason: string; changedBy: { email: string } }[] };
    }>(`query { group(id: "${created.id}") { statusHistory { from to reason changedBy { email } } } }`, {}, vest);
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
    const result = await gateway.gql<{ publicGroupICalendar: string }>(
      `query { publicGroupICalendar(slug: "${group.slug}") }`,
    );
    const ics = result.data!.publicGroupICalendar;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Oslo:20260901T180000/);
    expect(ics).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=TU/);
    const meetings = await gateway.gql<{ publicGroup: { nextMeetings: { start: string }[] } }>(
      `query { publicGroup(slug: "${group.slug}") { nextMeetings(count: 2) { start } } }`,
    );
    // 2026-11-24 18:00 in Oslo is winter time (UTC+1).
    expect(meetings.data?.publicGroup.nextMeetings[0]?.start).toBe('2026-11-24T17:00:00.000Z');
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = (await gateway.gql<{ groups: { totalCount: number } }>(COUNT, {}, vest)).data!.groups.totalCount;
    const cases: [Record<string, unknown>, string][] = [
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
      [{ venue: { ...groupInput().venue, postalCode: '501' } }, 'input.group.venue.postalCode'],
    ];
    for (const [overrides, field] of cases) {
      const result = await gateway.gql(CREATE, { input: { group: groupInput(overrides) } }, vest);
      expect(result.errors?.[0]?.extensions, JSON.stringify(overrides)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: expect.stringMatching(new RegExp(`^${field.replace(/\./g, '\\.')}`)),
      });
    }
    const badDate = await gateway.gql(
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
    const illegal = await gateway.gql(
      STATUS,
      { input: { id: group.id, version: group.version, status: 'RUNNING', reason: 'Hopper over oppstart' } },
      vest,
    );
    expect(illegal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status' });
    const after = (await gateway.gql<{ groups: { totalCount: number } }>(COUNT, {}, vest)).data!.groups.totalCount;
    expect(after).toBe(before + 1);
  });

  it('refuses a stale edit with CONFLICT and keeps the winner, with who made it, in the history', async () => {
    const group = await create({ name: 'Samlivsbruddgruppe Sandviken', themeIds: ['separation'] });
    const edit = (name: string) => groupInput({ name, themeIds: ['separation'] });
    const leadEdit = await gateway.gql<{ updateGroup: GroupShape }>(
      UPDATE,
      { input: { id: group.id, version: group.version, group: edit('Samlivsbrudd Sandviken') } },
      vestLead,
    );
    expect(leadEdit.data?.updateGroup.version).toBe(2);
    const staleEdit = await gateway.gql(
      UPDATE,
      { input: { id: group.id, version: group.version, group: edit('Brudd i Sandviken') } },
      vest,
    );
    expect(staleEdit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });

    const history = await gateway.gql<{
      group: {
        name: string;
        history: {
          kind: string;
          changedBy: { email: string };
          fields: { field: string; oldValue: string; newValue: string }[];
        }[];
      };
    }>(
      `query { group(id: "${group.id}") { name history { kind changedBy { email } fields { field oldValue newValue } } } }`,
      {},
      vest,
    );
    expect(history.data?.group.name).toBe('Samlivsbrudd Sandviken');
    const [latest, first] = history.data!.group.history;
    expect(latest).toMatchObject({ kind: 'UPDATED', changedBy: { email: 'vest.leder@demo.selvhjelp.no' } });
    expect(latest!.fields).toEqual([
      { field: 'name', oldValue: 'Samlivsbruddgruppe Sandviken', newValue: 'Samlivsbrudd Sandviken' },
    ]);
    expect(first).toMatchObject({ kind: 'CREATED', changedBy: { email: 'vest.ansatt@demo.selvhjelp.no' } });
  });

  it('hides other districts’ groups (NOT_FOUND, as if missing) and lets no national user write', async () => {
    const nord = await gateway.login('nord.ansatt@demo.selvhjelp.no');
    const nordGroup = await create(
      { municipalityNumber: '5501', venue: { ...groupInput().venue, postalCode: '9008', postalPlace: 'Tromsø' } },
      nord,
    );
    const read = await gateway.gql(`query { group(id: "${nordGroup.id}") { id } }`, {}, vest);
    const missing = await gateway.gql('query { group(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, vest);
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(read.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const write = await gateway.gql(
      STATUS,
      { input: { id: nordGroup.id, version: 1, status: 'STARTING', reason: 'Forsøk fra vest' } },
      vest,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const intoNord = await gateway.gql(CREATE, { input: { group: groupInput({ municipalityNumber: '5501' }) } }, vest);
    expect(intoNord.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.group.municipalityNumber',
    });
    const list = await gateway.gql<{ groups: { edges: { node: { district: { id: string } } }[] } }>(
      'query { groups(first: 100) { edges { node { district { id } } } } }',
      {},
      vest,
    );
    expect(new Set(list.data!.groups.edges.map((edge) => edge.node.district.id))).toEqual(new Set(['vest']));

    const national = await gateway.login('nasjonal@demo.selvhjelp.no');
    expect(
      (await gateway.gql(CREATE, { input: { group: groupInput() } }, national)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const all = await gateway.gql<{ groups: { totalCount: number } }>(COUNT, {}, national);
    expect(all.data!.groups.totalCount).toBeGreaterThan(list.data!.groups.edges.length);
  });

  it('registers a follow-up and sets the next one six months later', async () => {
    const group = await changeStatus(
      await create({ name: 'Ensomhetsgruppe Loddefjord', themeIds: ['loneliness'] }),
      'STARTING',
    );
    const result = await gateway.gql<{
      registerGroupFollowUp: {
        nextFollowUpDue: string;
        followUps: { date: string; note: string; registeredBy: { email: string } }[];
      };
    }>(
      'mutation ($input: RegisterGroupFollowUpInput!) { registerGroupFollowUp(input: $input) { nextFollowUpDue followUps { date note registeredBy { email } } } }',
      { input: { id: group.id, date: '2026-11-20', note: 'Ringte kontaktpersonen; gruppen fungerer godt.' } },
      vest,
    );
    expect(result.data?.registerGroupFollowUp).toMatchObject({
      nextFollowUpDue: '2027-05-20',
      followUps: [{ date: '2026-11-20', registeredBy: { email: 'vest.ansatt@demo.selvhjelp.no' } }],
    });
    const future = await gateway.gql(
      'mutation ($input: RegisterGroupFollowUpInput!) { registerGroupFollowUp(input: $input) { id } }',
      { input: { id: group.id, date: '2027-01-01', note: 'x' } },
      vest,
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
    const due = await gateway.gql<{ groupFollowUpsDue: { id: string; nextFollowUpDue: string }[] }>(
      'query { groupFollowUpsDue(before: "2026-12-31") { id nextFollowUpDue } }',
      {},
      vest,
    );
    const dates = due.data!.groupFollowUpsDue.map((entry) => entry.nextFollowUpDue);
    expect(dates).toEqual([...dates].sort());
    expect(due.data!.groupFollowUpsDue.some((entry) => entry.id === group.id)).toBe(false);
  });

  it('gives a closed group no next meetings, though its schedule is kept', async () => {
    const group = await create({ name: 'Samtalegruppe Fana' });
    const meetingsOf = async (id: string) => {
      const result = await gateway.gql<{ group: { nextMeetings: { start: string }[]; schedule: { weekday: string } } }>(
        'query ($id: ID!) { group(id: $id) { nextMeetings(count: 3) { start } schedule { weekday } } }',
        { id },
        vest,
      );
      return result.data!.group;
    };
    expect((await meetingsOf(group.id)).nextMeetings).toHaveLength(3);
    await changeStatus(group, 'CLOSED', 'Ingen deltakere lenger');
    expect(await meetingsOf(group.id)).toEqual({ nextMeetings: [], schedule: { weekday: 'TUESDAY' } });
  });
});
