import type { Database } from '@selvhjelp/db';
import { createSignedInStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReadHow } from '../src/kernel/read-path.js';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

const ME = graphql(`
  query ReadPathMe {
    me {
      id
      email
    }
  }
`);
const CREATE_FEED = graphql(`
  mutation ReadPathCreateFeed {
    createCalendarFeed {
      token
    }
  }
`);
const MY_FEED = graphql(`
  query ReadPathMyFeed {
    myCalendarFeed {
      createdAt
    }
  }
`);
const HISTORIES = graphql(`
  query ReadPathTrainingHistories {
    facilitators(first: 100) {
      edges {
        node {
          id
          trainingHistory {
            enrolmentStatus
            course {
              id
            }
          }
        }
      }
    }
  }
`);

interface Read {
  kind: string;
  ids: readonly string[];
  how: ReadHow;
  via?: string;
}

// The records that are the viewer's own (their user, their calendar address) and the summaries that
// hang under another record (a facilitator's course history) pass the read path like every other.
describe.each(testBackends())('the read path for own records and summaries on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  const reads: Read[] = [];

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db, {
      readHook: (_viewer, kind, ids, how, via) => void reads.push({ kind, ids, how, via }),
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });
  beforeEach(() => {
    reads.length = 0;
  });

  it('passes the signed-in user for me', async () => {
    const { user, token } = await createSignedInStaffUser(db, { districtId: 'vest' }, { now: gateway.clock.now });
    const { data, errors } = await gateway.run(ME, {}, token);
    expect(errors).toBeUndefined();
    expect(data?.me).toEqual({ id: user.id, email: user.email });
    expect(reads).toContainEqual({ kind: 'staffUser', ids: [user.id], how: 'byId', via: 'me' });
  });

  it('passes the calendar address when it is made and when it is shown', async () => {
    const { token } = await createSignedInStaffUser(db, { districtId: 'vest' }, { now: gateway.clock.now });
    expect((await gateway.run(CREATE_FEED, {}, token)).errors).toBeUndefined();
    const made = reads.filter((read) => read.kind === 'calendarFeedToken');
    expect(made).toEqual([
      { kind: 'calendarFeedToken', ids: [expect.any(String)], how: 'byId', via: 'createCalendarFeed' },
    ]);

    reads.length = 0;
    const { data, errors } = await gateway.run(MY_FEED, {}, token);
    expect(errors).toBeUndefined();
    expect(data?.myCalendarFeed).not.toBeNull();
    expect(reads).toEqual([{ kind: 'calendarFeedToken', ids: made[0]!.ids, how: 'byId', via: 'myCalendarFeed' }]);
  });

  it('passes every course-history entry of every facilitator shown', async () => {
    const { token } = await createSignedInStaffUser(db, { role: 'NATIONAL' }, { now: gateway.clock.now });
    const { data, errors } = await gateway.run(HISTORIES, {}, token);
    expect(errors).toBeUndefined();
    const returned = data!.facilitators.edges.reduce((sum, edge) => sum + edge.node.trainingHistory.length, 0);
    // The demo data has course histories; a read path that skipped them would tell the hook of none.
    expect(returned).toBeGreaterThan(0);
    const told = reads.filter((read) => read.kind === 'trainingHistoryEntry');
    expect(told.every((read) => read.how === 'nested' && read.via === 'Facilitator.trainingHistory')).toBe(true);
    expect(new Set(told.flatMap((read) => read.ids)).size).toBe(returned);
  });
});
