import type { Database } from '@selvhjelp/db';
import { createTestCase, createTestFacilitator, createTestPeer, testBackends } from '@selvhjelp/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { useTestGateway } from './suite.js';

const CREATE = graphql(`
  mutation CreateVolunteerPeer($input: CreateVolunteerPeerInput!) {
    createVolunteerPeer(input: $input) {
      id
      name
      email
      phone
      version
      facilitator {
        id
        name
        trainingHistory {
          completedOn
        }
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateVolunteerPeer($input: UpdateVolunteerPeerInput!) {
    updateVolunteerPeer(input: $input) {
      id
      name
      capacity
      version
    }
  }
`);
const STOP = graphql(`
  mutation StopVolunteerPeer($input: StopVolunteerPeerInput!) {
    stopVolunteerPeer(input: $input) {
      id
      stoppedOn
      version
    }
  }
`);
const CHECK_IN = graphql(`
  mutation RegisterPeerCheckIn($input: RegisterPeerCheckInInput!) {
    registerPeerCheckIn(input: $input) {
      id
      date
      note
      nextCheckInOn
      staffUser {
        id
      }
    }
  }
`);
const PEER = graphql(`
  query VolunteerPeer($id: ID!) {
    volunteerPeer(id: $id) {
      id
      name
      email
      capacity
      stoppedOn
      version
      load {
        activeFollowUps
        freeCapacity
        followingSince
        lastCheckInOn
        nextCheckInDue
      }
      checkIns {
        date
        note
        nextCheckInOn
      }
    }
  }
`);
const PEERS = graphql(`
  query VolunteerPeers($filter: VolunteerPeerFilter, $first: Int, $after: String) {
    volunteerPeers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          load {
            activeFollowUps
          }
        }
      }
    }
  }
`);
const DUE = graphql(`
  query PeerCheckInsDue {
    peerCheckInsDue {
      dueOn
      overdue
      peer {
        id
      }
    }
  }
`);

const peerInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Kari Likeperson',
  email: 'kari@likeperson.test',
  municipalityNumber: '4601',
  themeIds: ['grief'],
  languages: ['nb'],
  confidentialityDeclaredOn: '2026-11-01',
  ...overrides,
});
const consent = { givenOn: '2026-11-01', text: 'Jeg samtykker til at erfaringen min registreres.' };

describe.each(testBackends())('volunteer peers through the API on $name', (backend) => {
  const suite = useTestGateway(backend, {
    at: '2026-12-04T10:00:00Z',
    users: {
      vest: { districtId: 'vest' },
      vestLead: { districtId: 'vest', role: 'DISTRICT_LEAD' },
      nord: { districtId: 'nord' },
      national: { role: 'NATIONAL', districtId: null },
    },
  });
  let db: Database;
  let gateway: TestGateway;
  let tokens: typeof suite.tokens;
  beforeAll(() => {
    ({ db, gateway, tokens } = suite);
  });

  // The gateway's clock stands still, so entries of one test share their instant: compared as a multiset.
  const log = (id: string) =>
    db.repositories.accessLog
      .listForRecord({ kind: 'national' }, 'VOLUNTEER_PEER', id, { first: 100 })
      .then((page) => page.nodes.map((entry) => `${entry.action} ${entry.outcome} ${entry.purpose}`).sort());

  it('registers a peer, edits and stops them at their version, every step in the access log', async () => {
    const created = await gateway.run(CREATE, { input: { peer: peerInput(), consent } }, tokens.vest);
    expect(created.errors).toBeUndefined();
    const peer = created.data!.createVolunteerPeer;
    expect(peer).toMatchObject({ name: 'Kari Likeperson', email: 'kari@likeperson.test', facilitator: null });

    const read = await gateway.run(PEER, { id: peer.id }, tokens.vest);
    expect(read.data?.volunteerPeer).toMatchObject({
      capacity: 2,
      load: { activeFollowUps: 0, freeCapacity: 2, nextCheckInDue: null },
      checkIns: [],
    });

    const update = (version: number) =>
      gateway.run(UPDATE, { input: { id: peer.id, version, peer: peerInput({ capacity: 3 }) } }, tokens.vest);
    expect((await update(1)).data?.updateVolunteerPeer).toMatchObject({ capacity: 3, version: 2 });
    expect((await update(1)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'VOLUNTEER_PEER_STALE',
      field: 'input.version',
    });
    const stopped = await gateway.run(STOP, { input: { id: peer.id, version: 2 } }, tokens.vest);
    expect(stopped.data?.stopVolunteerPeer).toMatchObject({ stoppedOn: '2026-12-04', version: 3 });

    expect(await log(peer.id)).toEqual(
      [
        'CREATE ALLOWED PEER_FOLLOW_UP',
        'READ ALLOWED PEER_FOLLOW_UP',
        'UPDATE ALLOWED PEER_FOLLOW_UP',
        'UPDATE ALLOWED PEER_FOLLOW_UP',
      ].sort(),
    );
  });

  it('refuses bad input with the domain’s reasons', async () => {
    const refused = async (overrides: Record<string, unknown>) =>
      (await gateway.run(CREATE, { input: { peer: peerInput(overrides), consent } }, tokens.vest)).errors?.[0]
        ?.extensions;
    expect(await refused({ experience: 'Fnr 13097248022 står her' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NATIONAL_ID_NUMBER',
      field: 'input.peer.experience',
    });
    expect(await refused({ capacity: 9 })).toMatchObject({
      reason: 'PEER_CAPACITY_RANGE',
      field: 'input.peer.capacity',
    });
    expect(await refused({ municipalityNumber: '5501' })).toMatchObject({ reason: 'MUNICIPALITY_OTHER_DISTRICT' });
    expect(await refused({ email: null })).toMatchObject({ reason: 'EMAIL_OR_PHONE_REQUIRED' });
  });

  it('makes a facilitator of the district a peer: one person, name and training from the facilitator', async () => {
    const facilitator = await createTestFacilitator(db, { name: 'Ola Igangsetter' });
    const input = { facilitatorId: facilitator.id, peer: peerInput({ name: null, email: null }), consent };
    const created = await gateway.run(CREATE, { input }, tokens.vest);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createVolunteerPeer).toMatchObject({
      name: 'Ola Igangsetter',
      email: facilitator.email,
      facilitator: { id: facilitator.id, name: 'Ola Igangsetter', trainingHistory: [] },
    });
    expect((await gateway.run(CREATE, { input }, tokens.vest)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'FACILITATOR_ALREADY_A_PEER',
    });
    const fromNord = await createTestFacilitator(db, { districtId: 'nord' });
    const other = await gateway.run(CREATE, { input: { ...input, facilitatorId: fromNord.id } }, tokens.vest);
    expect(other.errors?.[0]?.extensions).toMatchObject({
      reason: 'FACILITATOR_NOT_FOUND',
      field: 'input.facilitatorId',
    });
  });

  it('registers check-ins with notes for the district’s staff, and lists the due check-ins', async () => {
    const peer = await createTestPeer(db, { name: 'Per Oppfølging' });
    await createTestCase(db, { peerId: peer.id, peerMatchedOn: '2026-10-01' });
    const due = await gateway.run(DUE, {}, tokens.vest);
    expect(due.data?.peerCheckInsDue).toContainEqual({ dueOn: '2026-10-29', overdue: true, peer: { id: peer.id } });

    const checkIn = await gateway.run(
      CHECK_IN,
      {
        input: {
          peerId: peer.id,
          date: '2026-12-03',
          note: 'Går fint, trenger veiledning',
          nextCheckInOn: '2026-12-20',
        },
      },
      tokens.vest,
    );
    expect(checkIn.data?.registerPeerCheckIn).toMatchObject({ date: '2026-12-03', nextCheckInOn: '2026-12-20' });
    const tooLate = await gateway.run(
      CHECK_IN,
      { input: { peerId: peer.id, date: '2026-12-05', note: null } },
      tokens.vest,
    );
    expect(tooLate.errors?.[0]?.extensions).toMatchObject({ reason: 'DATE_IN_FUTURE', field: 'input.date' });

    const read = await gateway.run(PEER, { id: peer.id }, tokens.vestLead);
    expect(read.data?.volunteerPeer).toMatchObject({
      load: {
        activeFollowUps: 1,
        followingSince: '2026-10-01',
        lastCheckInOn: '2026-12-03',
        nextCheckInDue: '2026-12-20',
      },
      checkIns: [{ date: '2026-12-03', note: 'Går fint, trenger veiledning', nextCheckInOn: '2026-12-20' }],
    });
    expect((await gateway.run(DUE, {}, tokens.vest)).data?.peerCheckInsDue.map((entry) => entry.peer.id)).not.toContain(
      peer.id,
    );
    // The due list, the check-in (UPDATE), the page read and its check-ins (READ once per edge).
    expect(await log(peer.id)).toEqual(
      [
        'LIST ALLOWED PEER_FOLLOW_UP',
        'UPDATE ALLOWED PEER_FOLLOW_UP',
        'READ ALLOWED PEER_FOLLOW_UP',
        'READ ALLOWED PEER_FOLLOW_UP',
      ].sort(),
    );
  });

  it('lists the district’s peers with one LIST entry per peer shown, in pages', async () => {
    const names = ['Aase Liste', 'Berit Liste', 'Cato Liste'];
    const peers = [];
    for (const name of names) peers.push(await createTestPeer(db, { name }));
    await createTestPeer(db, { name: 'Dag Liste', districtId: 'nord' });
    const page = await gateway.run(PEERS, { filter: { search: 'liste' }, first: 2 }, tokens.vest);
    expect(page.data?.volunteerPeers).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(page.data?.volunteerPeers.edges.map((edge) => edge.node.name)).toEqual(['Aase Liste', 'Berit Liste']);
    expect(await log(peers[0]!.id)).toEqual(['LIST ALLOWED PEER_FOLLOW_UP']);
    expect(await log(peers[2]!.id)).toEqual([]);
    const next = await gateway.run(
      PEERS,
      { filter: { search: 'liste' }, first: 2, after: page.data?.volunteerPeers.pageInfo.endCursor },
      tokens.vest,
    );
    expect(next.data?.volunteerPeers.edges.map((edge) => edge.node.name)).toEqual(['Cato Liste']);
  });

  it('answers another district NOT_FOUND and national roles FORBIDDEN, and logs both attempts', async () => {
    const peer = await createTestPeer(db, { name: 'Skjult Likeperson' });
    const nord = await gateway.run(PEER, { id: peer.id }, tokens.nord);
    expect(nord.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PEER_NOT_FOUND' });
    const national = await gateway.run(PEER, { id: peer.id }, tokens.national);
    expect(national.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERSONAL_RECORDS_DISTRICT_STAFF_ONLY',
    });
    expect((await gateway.run(PEERS, {}, tokens.national)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stopByNord = await gateway.run(STOP, { input: { id: peer.id, version: 1 } }, tokens.nord);
    expect(stopByNord.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await log(peer.id)).toEqual(
      ['READ NOT_FOUND PEER_FOLLOW_UP', 'READ FORBIDDEN PEER_FOLLOW_UP', 'UPDATE NOT_FOUND PEER_FOLLOW_UP'].sort(),
    );
    const entries = await db.repositories.accessLog.listForRecord({ kind: 'national' }, 'VOLUNTEER_PEER', peer.id, {
      first: 10,
    });
    expect(entries.nodes.every((entry) => entry.recordDistrictId === 'vest')).toBe(true);
    // A non-uuid id is no record: NOT_FOUND without an entry.
    expect((await gateway.run(PEER, { id: 'nope' }, tokens.nord)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
