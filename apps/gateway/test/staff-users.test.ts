import type { Database } from '@selvhjelp/db';
import { createSignedInStaffUser, createTestStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

const CREATE = graphql(`
  mutation Create($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      token
      expiresAt
      user {
        id
        email
        role
        version
        district {
          id
        }
      }
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation DeactivateStaffUser($input: DeactivateStaffUserInput!) {
    deactivateStaffUser(input: $input) {
      id
      active
      version
    }
  }
`);
const RESET = graphql(`
  mutation ResetStaffUserPassword($id: ID!) {
    resetStaffUserPassword(id: $id) {
      token
      user {
        email
      }
    }
  }
`);
const COMPLETE = graphql(`
  mutation CompletePasswordReset($token: String!, $password: String!) {
    completePasswordReset(token: $token, newPassword: $password)
  }
`);
const LIST = graphql(`
  query StaffUsers($filter: StaffUserFilter, $first: Int, $after: String) {
    staffUsers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          email
          district {
            id
          }
        }
      }
    }
  }
`);
const STAFF_USER = graphql(`
  query StaffUser($id: ID!) {
    staffUser(id: $id) {
      id
      version
    }
  }
`);
const ME = graphql(`
  query MyId {
    me {
      id
    }
  }
`);
const LOGIN = graphql(`
  mutation LoginAfterDeactivation($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

describe.each(testBackends())('staff user administration on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let admin: string;
  let vestLead: string;
  let vestStaff: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    ({ token: admin } = await createSignedInStaffUser(db, { role: 'ADMIN' }));
    ({ token: vestLead } = await createSignedInStaffUser(db, { role: 'DISTRICT_LEAD', districtId: 'vest' }));
    ({ token: vestStaff } = await createSignedInStaffUser(db, { districtId: 'vest' }));
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it('refuses a district lead creating a user in another district with FORBIDDEN, writing nothing', async () => {
    const result = await gateway.run(
      CREATE,
      { input: { email: 'ny@nord.no', name: 'Ny Person', role: 'DISTRICT_STAFF', districtId: 'nord' } },
      vestLead,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The demo seed's lead and staff of nord, and nobody else.
    const list = await gateway.run(LIST, { filter: { districtId: 'nord' } }, admin);
    expect(list.data?.staffUsers.totalCount).toBe(2);
  });

  it('refuses a malformed email with BAD_USER_INPUT naming the field', async () => {
    const result = await gateway.run(
      CREATE,
      { input: { email: 'not-an-email', name: 'Kari Nordmann', role: 'DISTRICT_STAFF', districtId: 'vest' } },
      vestLead,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });

  it('refuses plain staff and the national role any user administration', async () => {
    const { token: national } = await createSignedInStaffUser(db, { role: 'NATIONAL' });
    for (const token of [vestStaff, national]) {
      const result = await gateway.run(
        CREATE,
        { input: { email: 'x@y.no', name: 'X', role: 'DISTRICT_STAFF', districtId: 'vest' } },
        token,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lets a lead invite a colleague who sets a password once and logs in', async () => {
    const created = await gateway.run(
      CREATE,
      {
        input: {
          email: 'Solveig.Rasmussen@Example.no',
          name: 'Solveig Rasmussen',
          role: 'DISTRICT_STAFF',
          districtId: 'vest',
        },
      },
      vestLead,
    );
    expect(created.errors).toBeUndefined();
    const { token, user } = created.data!.createStaffUser;
    expect(user.email).toBe('solveig.rasmussen@example.no');

    const tooShort = await gateway.run(COMPLETE, { token, password: 'kort' });
    expect(tooShort.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await gateway.run(COMPLETE, { token, password: 'en lang og god passfrase' })).data).toEqual({
      completePasswordReset: true,
    });
    const reused = await gateway.run(COMPLETE, { token, password: 'en annen lang passfrase' });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    await expect(
      gateway.login('solveig.rasmussen@example.no', 'en lang og god passfrase', { districtId: 'vest' }),
    ).resolves.toBeTruthy();

    const duplicate = await gateway.run(
      CREATE,
      {
        input: { email: 'solveig.rasmussen@example.no', name: 'Solveig R', role: 'DISTRICT_STAFF', districtId: 'vest' },
      },
      admin,
    );
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
  });

  it('refuses common and guessable passwords and the user’s own e-mail, with a reason, and keeps the link usable', async () => {
    const created = await gateway.run(
      CREATE,
      {
        input: { email: 'ingrid.haugen@example.no', name: 'Ingrid Haugen', role: 'DISTRICT_STAFF', districtId: 'vest' },
      },
      vestLead,
    );
    const { token } = created.data!.createStaffUser;
    const refusals: Record<string, string> = {
      password123: 'PASSWORD_TOO_COMMON',
      '1234567890': 'PASSWORD_TOO_COMMON',
      qwertyuiop: 'PASSWORD_TOO_COMMON',
      'ingrid.haugen@example.no': 'PASSWORD_CONTAINS_PERSONAL_INFO',
      IngridHaugen1: 'PASSWORD_CONTAINS_PERSONAL_INFO',
      kort: 'PASSWORD_TOO_SHORT',
    };
    for (const [password, reason] of Object.entries(refusals)) {
      const result = await gateway.run(COMPLETE, { token, password });
      expect(result.errors?.[0]?.extensions, password).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'newPassword',
        reason,
      });
    }
    const tooLong = await gateway.run(COMPLETE, { token, password: 'x'.repeat(257) });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ reason: 'PASSWORD_TOO_LONG', params: { max: 256 } });
    expect(
      (await gateway.run(COMPLETE, { token, password: 'fjorden ligger stille under månen i kveld' })).data,
    ).toEqual({ completePasswordReset: true });
  });

  it('hides another district’s users: NOT_FOUND, the same as a missing one', async () => {
    const nordUsers = await gateway.run(LIST, { filter: { districtId: 'nord' } }, admin);
    const nordId = nordUsers.data!.staffUsers.edges[0]!.node.id;
    const asVest = await gateway.run(STAFF_USER, { id: nordId }, vestLead);
    const missing = await gateway.run(STAFF_USER, { id: '00000000-0000-4000-8000-000000000000' }, vestLead);
    expect(asVest.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(asVest.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const reset = await gateway.run(RESET, { id: nordId }, vestLead);
    expect(reset.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const vestList = await gateway.run(LIST, {}, vestStaff);
    expect(new Set(vestList.data!.staffUsers.edges.map((edge) => edge.node.district?.id))).toEqual(new Set(['vest']));
  });

  it('pages through users with cursors and caps the page size', async () => {
    const first = await gateway.run(LIST, { first: 5 }, admin);
    const page = first.data!.staffUsers;
    expect(page.edges).toHaveLength(5);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await gateway.run(LIST, { first: 100, after: page.pageInfo.endCursor }, admin);
    const rest = second.data!.staffUsers.edges.map((edge) => edge.node.id);
    expect(rest).toHaveLength(page.totalCount - 5);
    expect(rest.some((id) => page.edges.some((edge) => edge.node.id === id))).toBe(false);
    const tooMany = await gateway.run(LIST, { first: 101 }, admin);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('ends a deactivated user’s sessions at once and refuses a stale version with CONFLICT', async () => {
    const created = await gateway.run(
      CREATE,
      { input: { email: 'per.dahl@example.no', name: 'Per Dahl', role: 'DISTRICT_STAFF', districtId: 'vest' } },
      vestLead,
    );
    const { token: invite, user } = created.data!.createStaffUser;
    await gateway.run(COMPLETE, { token: invite, password: 'per sitt passord 2026' });
    const perSession = await gateway.login('per.dahl@example.no', 'per sitt passord 2026');
    // The password change bumped the version: a save based on the creation-time version is stale.
    const stale = await gateway.run(DEACTIVATE, { input: { id: user.id, version: user.version } }, vestLead);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await gateway.run(ME, {}, perSession)).data?.me).toBeTruthy();

    const current = await gateway.run(STAFF_USER, { id: user.id }, vestLead);
    const done = await gateway.run(
      DEACTIVATE,
      { input: { id: user.id, version: current.data!.staffUser.version } },
      vestLead,
    );
    expect(done.data?.deactivateStaffUser.active).toBe(false);
    expect((await gateway.run(ME, {}, perSession)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const relogin = await gateway.run(LOGIN, { email: 'per.dahl@example.no', password: 'per sitt passord 2026' });
    expect(relogin.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('resets a password with a one-time token and ends the user’s sessions', async () => {
    const password = 'det gamle passordet 2026';
    const { email } = await createTestStaffUser(db, { districtId: 'vest', password });
    const staffSession = await gateway.login(email, password);
    const users = await gateway.run(
      LIST,
      { filter: { districtId: 'vest', role: 'DISTRICT_STAFF' }, first: 100 },
      vestLead,
    );
    const target = users.data!.staffUsers.edges.find((edge) => edge.node.email === email)!.node;
    const reset = await gateway.run(RESET, { id: target.id }, vestLead);
    expect((await gateway.run(ME, {}, staffSession)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await gateway.run(COMPLETE, {
      token: reset.data!.resetStaffUserPassword.token,
      password: 'helt nytt passord 2026',
    });
    await expect(gateway.login(email, 'helt nytt passord 2026')).resolves.toBeTruthy();
  });
});
