import type { Database } from '@selvhjelp/db';
import { createTestCase, createTestPeer, testBackends } from '@selvhjelp/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { countRequestStatements } from './harness.js';
import { useTestGateway } from './suite.js';

// The edges that let the portal go inquiry → case → peer: each record passes the read path of its
// own service (one access-log entry per record shown), batched per request (no N+1).

const INQUIRY_TO_PEER = graphql(`
  query InquiryToCaseToPeer($id: ID!) {
    inquiry(id: $id) {
      id
      followUpCase {
        id
        inquiry {
          id
        }
        peer {
          id
          load {
            activeFollowUps
          }
        }
      }
    }
  }
`);
const CASES_WITH_EDGES = graphql(`
  query CasesWithInquiryAndPeer($first: Int) {
    followUpCases(first: $first) {
      edges {
        node {
          id
          inquiry {
            id
            themes {
              id
            }
          }
          peer {
            id
            name
          }
        }
      }
    }
  }
`);

const INQUIRIES_WITH_CASES = graphql(`
  query InquiriesWithTheirCases($first: Int) {
    inquiries(first: $first, filter: { hasCase: true }) {
      edges {
        node {
          id
          followUpCase {
            id
            reference
          }
        }
      }
    }
  }
`);

describe.each(testBackends())('follow-up case edges (inquiry, peer) on $name', (backend) => {
  const suite = useTestGateway(backend, {
    users: {
      vest: { districtId: 'vest' },
      nord: { districtId: 'nord' },
    },
  });
  let db: Database;
  let gateway: TestGateway;
  let tokens: typeof suite.tokens;
  beforeAll(() => {
    ({ db, gateway, tokens } = suite);
  });

  const log = (type: 'INQUIRY' | 'FOLLOW_UP_CASE' | 'VOLUNTEER_PEER', id: string) =>
    db.repositories.accessLog
      .listForRecord({ kind: 'national' }, type, id, { first: 100 })
      .then((page) => page.nodes.map((entry) => `${entry.action} ${entry.outcome} ${entry.purpose}`).sort());

  it('goes inquiry → case → peer, each read in the access log of its record', async () => {
    const peer = await createTestPeer(db, { name: 'Per Kant' });
    const created = await createTestCase(db, { peerId: peer.id });
    const result = await gateway.run(INQUIRY_TO_PEER, { id: created.inquiryId }, tokens.vest);
    expect(result.errors).toBeUndefined();
    const followUpCase = result.data?.inquiry.followUpCase;
    expect(followUpCase?.id).toBe(created.id);
    expect(followUpCase?.inquiry.id).toBe(created.inquiryId);
    expect(followUpCase?.peer?.id).toBe(peer.id);
    expect(followUpCase?.peer?.load.activeFollowUps).toBe(1);
    expect(await log('FOLLOW_UP_CASE', created.id)).toEqual(['READ ALLOWED CASE_WORK']);
    expect(await log('VOLUNTEER_PEER', peer.id)).toEqual(['READ ALLOWED PEER_FOLLOW_UP']);
    expect(await log('INQUIRY', created.inquiryId)).toEqual(['READ ALLOWED CASE_WORK', 'READ ALLOWED CASE_WORK']);
  });

  it('an inquiry without a case has none; a case without a peer has none; nord sees nothing of vest', async () => {
    const created = await createTestCase(db);
    const lone = await gateway.run(CASES_WITH_EDGES, { first: 50 }, tokens.vest);
    const node = lone.data?.followUpCases.edges.find((edge) => edge.node.id === created.id)?.node;
    expect(node?.peer).toBeNull();
    expect(node?.inquiry.id).toBe(created.inquiryId);
    expect(
      (await gateway.run(INQUIRY_TO_PEER, { id: created.inquiryId }, tokens.nord)).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('reads a page of cases with inquiry and peer in the same number of statements for 3 cases as for 12', async () => {
    for (let index = 0; index < 12; index++) {
      const peer = await createTestPeer(db, { name: `Kant ${index}` });
      await createTestCase(db, { peerId: peer.id });
    }
    const three = await countRequestStatements(db, () => gateway.run(CASES_WITH_EDGES, { first: 3 }, tokens.vest));
    const twelve = await countRequestStatements(db, () => gateway.run(CASES_WITH_EDGES, { first: 12 }, tokens.vest));
    expect(three.result.errors).toBeUndefined();
    expect(twelve.result.data?.followUpCases.edges).toHaveLength(12);
    expect(twelve.count).toBe(three.count);
  });

  it('reads a page of inquiries with their cases in the same number of statements for 3 inquiries as for 12', async () => {
    for (let index = 0; index < 12; index++) await createTestCase(db);
    const three = await countRequestStatements(db, () => gateway.run(INQUIRIES_WITH_CASES, { first: 3 }, tokens.vest));
    const twelve = await countRequestStatements(db, () =>
      gateway.run(INQUIRIES_WITH_CASES, { first: 12 }, tokens.vest),
    );
    expect(three.result.errors).toBeUndefined();
    const withCase = twelve.result.data!.inquiries.edges.filter((edge) => edge.node.followUpCase !== null);
    expect(withCase).toHaveLength(12);
    expect(twelve.count).toBe(three.count);
    for (const edge of withCase)
      expect(await log('FOLLOW_UP_CASE', edge.node.followUpCase!.id)).toContain('READ ALLOWED CASE_WORK');
  });
});
