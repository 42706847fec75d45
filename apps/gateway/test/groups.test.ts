import type { Database } from '@selvhjelp/db';
import { createSignedInStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { GroupInput } from './generated/graphql.js';
import { CHANGE_GROUP_STATUS, CREATE_GROUP, GROUP_VENUE, createGroup, groupInput } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

// Registering and editing groups: input checks, stale edits and their history, district scope.
// Status changes are in group-status.test.ts, what the public sees in group-publishing.test.ts.

const UPDATE = graphql(`
  mutation UpdateRegistryGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
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

describe.each(testBackends())('group registry on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let vest: string;
  let vestEmail: string;
  let vestLead: string;
  let vestLeadEmail: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
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

  const create = (overrides: Partial<GroupInput> = {}, token = vest) => createGroup(gateway, token, overrides);

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
      const result = await gateway.run(CREATE_GROUP, { input: { group: groupInput(overrides) } }, vest);
      expect(result.errors?.[0]?.extensions, JSON.stringify(overrides)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: expect.stringMatching(new RegExp(`^${field.replace(/\./g, '\\.')}`)),
      });
    }
    const badDate = await gateway.run(
      CREATE_GROUP,
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
      CHANGE_GROUP_STATUS,
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
      CHANGE_GROUP_STATUS,
      { input: { id: nordGroup.id, version: 1, status: 'STARTING', reason: 'Forsøk fra vest' } },
      vest,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const intoNord = await gateway.run(
      CREATE_GROUP,
      { input: { group: groupInput({ municipalityNumber: '5501' }) } },
      vest,
    );
    expect(intoNord.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.group.municipalityNumber',
    });
    const list = await gateway.run(DISTRICTS_OF_GROUPS, {}, vest);
    expect(new Set(list.data!.groups.edges.map((edge) => edge.node.district.id))).toEqual(new Set(['vest']));

    const { token: national } = await createSignedInStaffUser(db, { role: 'NATIONAL' }, { now: gateway.clock.now });
    expect(
      (await gateway.run(CREATE_GROUP, { input: { group: groupInput() } }, national)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const all = await gateway.run(COUNT, {}, national);
    expect(all.data!.groups.totalCount).toBeGreaterThan(list.data!.groups.edges.length);
  });
});
