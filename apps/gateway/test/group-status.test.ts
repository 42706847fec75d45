import type { Database } from '@selvhjelp/db';
import { createSignedInStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { GroupInput, GroupStatus } from './generated/graphql.js';
import { changeGroupStatus, createGroup } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

// A group's life after registration: follow-ups and what closing it does to its meetings.

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

describe.each(testBackends())('group follow-ups and status on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let vest: string;
  let vestEmail: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    gateway.clock.now = new Date('2026-11-22T10:00:00Z');
    ({
      token: vest,
      user: { email: vestEmail },
    } = await createSignedInStaffUser(db, { districtId: 'vest' }, { now: gateway.clock.now }));
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  const create = (overrides: Partial<GroupInput> = {}) => createGroup(gateway, vest, overrides);
  const changeStatus = (group: { id: string; version: number }, status: GroupStatus, reason?: string) =>
    changeGroupStatus(gateway, vest, group, status, reason);

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
