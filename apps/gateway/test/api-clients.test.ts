import type { Database } from '@selvhjelp/db';
import { countQueries } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import { hasValidApiKeyChecksum } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { ApiScope } from './generated/graphql.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

// Issue 14, acceptance 1 and the key half of 4: API clients registered by staff, their keys,
// scopes and districts, rotation with an overlap, revocation on two gateway processes, expiry.

const CREATE = graphql(`
  mutation ApiClientCreate($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      key
      client {
        id
        version
        scopes
        districts {
          id
        }
        secrets {
          lastFour
        }
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation ApiClientUpdate($input: UpdateApiClientInput!) {
    updateApiClient(input: $input) {
      id
      version
      name
    }
  }
`);

const ROTATE = graphql(`
  mutation ApiClientRotate($input: RotateApiClientSecretInput!) {
    rotateApiClientSecret(input: $input) {
      key
      client {
        version
        secrets {
          lastFour
          validUntil
        }
      }
    }
  }
`);

const REVOKE = graphql(`
  mutation ApiClientRevoke($id: ID!) {
    revokeApiClient(id: $id) {
      revokedAt
    }
  }
`);

const LIST = graphql(`
  query ApiClientList {
    apiClients {
      id
      name
      lastUsedAt
    }
  }
`);

const GROUPS = graphql(`
  query ApiClientGroups($filter: GroupFilter) {
    groups(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          district {
            id
          }
        }
      }
    }
  }
`);

const GROUP = graphql(`
  query ApiClientGroup($id: ID!) {
    group(id: $id) {
      id
      name
    }
  }
`);

const ACTIVITIES = graphql(`
  query ApiClientActivities($filter: ActivityFilter) {
    outreachActivities(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          title
          district {
            id
          }
        }
      }
    }
  }
`);

const OVERVIEW = graphql(`
  query ApiClientOverview($districts: [ID!]) {
    overview(districts: $districts) {
      districts {
        id
      }
      tables {
        key
      }
    }
  }
`);

const NAV_BERGEN = {
  name: 'NAV Bergen',
  contactName: 'Kari Nordmann',
  contactEmail: 'kari.nordmann@nav.example',
  scopes: ['GROUPS_READ', 'REFERRALS_WRITE'] as ApiScope[],
  districtIds: ['vest'],
};

const FORBIDDEN_READS = {
  inquiries: '{ inquiries { totalCount } }',
  cases: '{ followUpCases { totalCount } }',
  facilitators: '{ facilitators { totalCount } }',
  peers: '{ volunteerPeers { totalCount } }',
  partners: '{ partners { totalCount } }',
  staff: '{ staffUsers { totalCount } }',
};

describe.each(testBackends())('API clients on $name', (backend) => {
  let db: Database;
  let first: TestGateway;
  let second: TestGateway;
  let admin: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    first = await startTestGateway(db);
    second = await startTestGateway(db);
    admin = await first.login('admin@demo.selvhjelp.no');
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await db?.close();
  });

  async function create(token: string, input: Partial<typeof NAV_BERGEN> & { expiresAt?: string } = {}) {
    return first.run(CREATE, { input: { ...NAV_BERGEN, ...input } }, token);
  }

  async function created(input: Parameters<typeof create>[1] = {}) {
    const answer = await create(admin, input);
    expect(answer.errors).toBeUndefined();
    return answer.data!.createApiClient;
  }

  const code = (answer: { errors?: { extensions?: { code?: string } }[] }) => answer.errors?.[0]?.extensions?.code;
  const reason = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    answer.errors?.[0]?.extensions?.reason;

  it("acceptance 1: NAV Bergen's key reads vest's groups, no other district's, and nothing personal", async () => {
    const { key, client } = await created();
    expect(key).toMatch(/^shn_[0-9A-Za-z]{36}$/);
    expect(hasValidApiKeyChecksum(key)).toBe(true);
    expect(client.scopes).toEqual(['GROUPS_READ', 'REFERRALS_WRITE']);
    expect(client.districts).toEqual([{ id: 'vest' }]);
    expect(client.secrets).toEqual([{ lastFour: key.slice(-4) }]);

    const vest = await first.run(GROUPS, {}, key);
    expect(vest.errors).toBeUndefined();
    expect(vest.data?.groups.totalCount).toBeGreaterThan(0);
    expect(new Set(vest.data?.groups.edges.map((edge) => edge.node.district.id))).toEqual(new Set(['vest']));
    const nord = await first.run(GROUPS, { filter: { districtId: 'nord' } }, key);
    expect(nord.data?.groups.totalCount).toBe(0);

    const nordGroups = await first.run(GROUPS, { filter: { districtId: 'nord' } }, admin);
    const nordGroup = nordGroups.data!.groups.edges[0]!.node;
    const vestGroup = vest.data!.groups.edges[0]!.node;
    expect((await first.run(GROUP, { id: vestGroup.id }, key)).data?.group.id).toBe(vestGroup.id);
    expect(code(await first.run(GROUP, { id: nordGroup.id }, key))).toBe('NOT_FOUND');

    for (const [what, query] of Object.entries(FORBIDDEN_READS)) {
      const answer = await first.gql(query, {}, key);
      expect(code(answer), what).toBe('FORBIDDEN');
      expect(answer.data ?? null, what).toBeNull();
    }
    // A group's history and follow-ups name staff: not the partner's either.
    const history = await first.gql(`{ group(id: "${vestGroup.id}") { followUps { id } history { kind } } }`, {}, key);
    expect(code(history)).toBe('FORBIDDEN');
    // Managing clients is staff's; an API client cannot make itself another key.
    expect(code(await first.run(LIST, {}, key))).toBe('FORBIDDEN');

    const listed = await first.run(LIST, {}, admin);
    const mine = listed.data?.apiClients.find((entry) => entry.id === client.id);
    expect(mine?.lastUsedAt).toBeTruthy();
  });

  it('lacks what its scopes do not give, and refuses a key with a wrong checksum before any database call', async () => {
    const { key } = await created({ scopes: ['REFERRALS_WRITE'] });
    const answer = await first.run(GROUPS, {}, key);
    expect(code(answer)).toBe('FORBIDDEN');
    expect(reason(answer)).toBe('API_SCOPE_MISSING');

    const last = key.at(-1) === 'A' ? 'B' : 'A';
    const mistyped = `${key.slice(0, -1)}${last}`;
    const counted = await countQueries(db, () => first.run(GROUPS, {}, mistyped));
    expect(code(counted.result)).toBe('UNAUTHENTICATED');
    expect(reason(counted.result)).toBe('API_KEY_INVALID');
    expect(counted.statements.filter((sql) => sql.includes('api_client'))).toEqual([]);
    // A well-formed key that was never issued costs one lookup and gets the same answer.
    const unknown = await first.run(GROUPS, {}, `shn_${'0'.repeat(30)}${key.slice(-6)}`);
    expect(code(unknown)).toBe('UNAUTHENTICATED');
  });

  it('is managed by admins for all districts and by district leads for their own only', async () => {
    const lead = await first.login('vest.leder@demo.selvhjelp.no', undefined, { districtId: 'vest' });
    const staff = await first.login('vest.ansatt@demo.selvhjelp.no', undefined, { districtId: 'vest' });
    expect((await create(lead, { name: 'Bergen kommune' })).data?.createApiClient.key).toMatch(/^shn_/);
    expect(reason(await create(lead, { districtIds: ['nord'] }))).toBe('API_CLIENT_OWN_DISTRICT_ONLY');
    expect(reason(await create(staff))).toBe('API_CLIENTS_LEADS_ONLY');
    const wide = await created({ name: 'Helsedirektoratet', districtIds: ['vest', 'nord'] });
    const leadsList = await first.run(LIST, {}, lead);
    expect(leadsList.data?.apiClients.map((entry) => entry.id)).not.toContain(wide.client.id);
    // A client of two districts names the one it reads.
    expect(reason(await first.run(GROUPS, {}, wide.key))).toBe('API_CLIENT_PICK_DISTRICT');
    expect(
      (await first.run(GROUPS, { filter: { districtId: 'nord' } }, wide.key)).data?.groups.totalCount,
    ).toBeGreaterThan(0);

    const input = { ...NAV_BERGEN, id: wide.client.id, name: 'Hdir' };
    expect(code(await first.run(UPDATE, { input: { ...input, version: 1 } }, lead))).toBe('NOT_FOUND');
    const updated = await first.run(UPDATE, { input: { ...input, version: 1 } }, admin);
    expect(updated.data?.updateApiClient).toMatchObject({ name: 'Hdir', version: 2 });
    expect(code(await first.run(UPDATE, { input: { ...input, version: 1 } }, admin))).toBe('CONFLICT');
  });

  it('reads activities and statistics of its districts with activities:read and statistics:read', async () => {
    const { key } = await created({ scopes: ['ACTIVITIES_READ', 'STATISTICS_READ'], districtIds: ['vest'] });
    const activities = await first.run(ACTIVITIES, {}, key);
    expect(activities.errors).toBeUndefined();
    expect(activities.data?.outreachActivities.totalCount).toBeGreaterThan(0);
    expect(new Set(activities.data?.outreachActivities.edges.map((edge) => edge.node.district.id))).toEqual(
      new Set(['vest']),
    );
    expect(
      (await first.run(ACTIVITIES, { filter: { districtId: 'nord' } }, key)).data?.outreachActivities.totalCount,
    ).toBe(0);

    const overview = await first.run(OVERVIEW, {}, key);
    expect(overview.errors).toBeUndefined();
    expect(overview.data?.overview.districts).toEqual([{ id: 'vest' }]);
    expect(overview.data?.overview.tables.length).toBeGreaterThan(0);
    const other = await first.run(OVERVIEW, { districts: ['nord'] }, key);
    expect(code(other)).toBe('FORBIDDEN');
    expect(reason(other)).toBe('API_CLIENT_OTHER_DISTRICT');
    // Without the scope, neither.
    const groupsOnly = (await created({ scopes: ['GROUPS_READ'] })).key;
    expect(reason(await first.run(OVERVIEW, {}, groupsOnly))).toBe('API_SCOPE_MISSING');
    expect(reason(await first.run(ACTIVITIES, {}, groupsOnly))).toBe('API_SCOPE_MISSING');
  });

  it('stops a revoked key within a second on both gateway processes', async () => {
    const { key, client } = await created();
    expect((await second.run(GROUPS, {}, key)).errors).toBeUndefined();
    const revoked = await first.run(REVOKE, { id: client.id }, admin);
    expect(revoked.data?.revokeApiClient.revokedAt).toBeTruthy();
    const since = performance.now();
    for (const gateway of [first, second]) {
      const answer = await gateway.run(GROUPS, {}, key);
      expect(code(answer)).toBe('UNAUTHENTICATED');
      expect(reason(answer)).toBe('API_KEY_REVOKED');
    }
    expect(performance.now() - since).toBeLessThan(1_000);
  });

  it('keeps both keys working during a rotation, then only the new one; an expired client is refused', async () => {
    const expiresAt = new Date(first.clock.now.getTime() + 30 * 24 * 3600_000).toISOString();
    const { key: old, client } = await created({ expiresAt });
    const rotated = await first.run(
      ROTATE,
      { input: { id: client.id, version: client.version, overlapDays: 7 } },
      admin,
    );
    expect(rotated.errors).toBeUndefined();
    const fresh = rotated.data!.rotateApiClientSecret.key;
    expect(fresh).not.toBe(old);
    for (const key of [old, fresh]) expect((await first.run(GROUPS, {}, key)).errors).toBeUndefined();

    first.clock.advance(8 * 24 * 3600_000);
    expect(reason(await first.run(GROUPS, {}, old))).toBe('API_KEY_EXPIRED');
    expect((await first.run(GROUPS, {}, fresh)).errors).toBeUndefined();

    first.clock.advance(23 * 24 * 3600_000);
    const expired = await first.run(GROUPS, {}, fresh);
    expect(code(expired)).toBe('UNAUTHENTICATED');
    expect(reason(expired)).toBe('API_KEY_EXPIRED');
  });
});
