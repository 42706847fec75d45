import type { Database } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import { parseOAuthScopeMap } from '@selvhjelp/domain';
import type { OAuthScopeMap } from '@selvhjelp/domain';
import type { JWTPayload } from 'jose';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OAuthIssuerSettings } from '../src/modules/api-clients/oauth-settings.js';
import { graphql } from './generated/index.js';
import type { ApiScope } from './generated/graphql.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import type { TestIssuer } from './oauth-issuer.js';
import { startTestIssuer } from './oauth-issuer.js';

// Issue 14, acceptance 5: OAuth2 access tokens (JWT) from an external issuer, Maskinporten's way
// (decision 0035), against a local test issuer whose keys are made here.

const CREATE = graphql(`
  mutation OAuthClientCreate($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      client {
        id
        version
        organisationNumber
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation OAuthClientUpdate($input: UpdateApiClientInput!) {
    updateApiClient(input: $input) {
      version
      organisationNumber
    }
  }
`);

const REVOKE = graphql(`
  mutation OAuthClientRevoke($id: ID!) {
    revokeApiClient(id: $id) {
      revokedAt
    }
  }
`);

const CLIENT = graphql(`
  query OAuthClient($id: ID!) {
    apiClient(id: $id) {
      lastUsedAt
      secrets {
        lastUsedAt
      }
    }
  }
`);

const GROUPS = graphql(`
  query OAuthGroups($filter: GroupFilter) {
    groups(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          district {
            id
          }
        }
      }
    }
  }
`);

const AUDIENCE = 'https://api.selvhjelp.test';
const SCOPE_MAP = 'selvhjelp:groups.read=groups:read,selvhjelp:activities.read=activities:read';
// Valid organisation numbers (mod-11): NAV Bergen, an unregistered organisation, one for the revocation test.
const NAV_BERGEN_ORGNR = '974760673';
const UNREGISTERED_ORGNR = '987654325';
const REVOKED_ORGNR = '876543214';

const CLIENT_INPUT = {
  name: 'NAV Bergen (Maskinporten)',
  contactName: 'Kari Nordmann',
  contactEmail: 'kari.nordmann@nav.example',
  scopes: ['GROUPS_READ', 'REFERRALS_WRITE'] as ApiScope[],
  districtIds: ['vest'],
};

function scopeMap(): OAuthScopeMap {
  const parsed = parseOAuthScopeMap(SCOPE_MAP);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return parsed.map;
}

describe.each(testBackends())('OAuth2 access tokens on $name', (backend) => {
  let db: Database;
  let issuer: TestIssuer;
  let first: TestGateway;
  let second: TestGateway;
  let admin: string;
  let settings: OAuthIssuerSettings;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    issuer = await startTestIssuer();
    settings = {
      issuer: issuer.issuer,
      audience: AUDIENCE,
      jwksUrl: issuer.jwksUrl,
      clockToleranceSeconds: 30,
      scopeMap: scopeMap(),
    };
    first = await startTestGateway(db, { oauthIssuer: settings });
    second = await startTestGateway(db, { oauthIssuer: settings });
    admin = await first.login('admin@demo.selvhjelp.no');
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await issuer?.close();
    await db?.close();
  });

  /** Maskinporten's claims for an organisation, valid for two minutes from the gateway's clock. */
  function claims(overrides: JWTPayload = {}, orgnr = NAV_BERGEN_ORGNR): JWTPayload {
    const now = Math.floor(first.clock.now.getTime() / 1000);
    return {
      iss: issuer.issuer,
      aud: AUDIENCE,
      iat: now,
      exp: now + 120,
      jti: crypto.randomUUID(),
      scope: 'selvhjelp:groups.read',
      consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${orgnr}` },
      client_id: 'f0b6a9c2-nav-bergen',
      ...overrides,
    };
  }

  /** The raw HTTP answer: status and headers matter for refusals. */
  async function post(gateway: TestGateway, token: string, query = '{ groups(first: 1) { totalCount } }') {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { extensions?: { code?: string; reason?: string } }[];
    };
    return {
      status: response.status,
      challenge: response.headers.get('www-authenticate'),
      code: body.errors?.[0]?.extensions?.code,
      reason: body.errors?.[0]?.extensions?.reason,
      data: body.data ?? null,
    };
  }

  async function registered(organisationNumber: string, scopes = CLIENT_INPUT.scopes) {
    const answer = await first.run(CREATE, { input: { ...CLIENT_INPUT, scopes, organisationNumber } }, admin);
    expect(answer.errors).toBeUndefined();
    return answer.data!.createApiClient.client;
  }

  let navBergen: { id: string; version: number; organisationNumber?: string | null };

  it('acceptance 5: a token with the right scope reads vest’s groups as the organisation’s client', async () => {
    navBergen = await registered(NAV_BERGEN_ORGNR, ['GROUPS_READ', 'REFERRALS_WRITE']);
    expect(navBergen.organisationNumber).toBe(NAV_BERGEN_ORGNR);
    const token = await issuer.sign(claims());

    const vest = await first.run(GROUPS, {}, token);
    expect(vest.errors).toBeUndefined();
    expect(vest.data?.groups.totalCount).toBeGreaterThan(0);
    expect(new Set(vest.data?.groups.edges.map((edge) => edge.node.district.id))).toEqual(new Set(['vest']));
    expect((await first.run(GROUPS, { filter: { districtId: 'nord' } }, token)).data?.groups.totalCount).toBe(0);
    // What no scope opens stays closed for a token too.
    expect((await post(first, token, '{ inquiries { totalCount } }')).code).toBe('FORBIDDEN');

    // Last use is recorded on the client (there is no key of ours to stamp).
    const client = await first.run(CLIENT, { id: navBergen.id }, admin);
    expect(client.data?.apiClient.lastUsedAt).toBeTruthy();
    expect(client.data?.apiClient.secrets.every((secret) => secret.lastUsedAt === null)).toBe(true);

    // ES256 and PS256 keys of the issuer, and a plain `orgnr` claim instead of `consumer`.
    for (const key of [issuer.keys.es, issuer.keys.ps])
      expect((await post(second, await issuer.sign(claims(), { key }))).status).toBe(200);
    const plain = claims({ consumer: undefined, orgnr: NAV_BERGEN_ORGNR });
    expect((await post(second, await issuer.sign(plain))).status).toBe(200);
  });

  it("narrows the client's scopes to the token's: a scope the token lacks is FORBIDDEN", async () => {
    const both = await registered('998877660', ['GROUPS_READ', 'ACTIVITIES_READ']);
    expect(both.organisationNumber).toBe('998877660');
    const groupsOnly = await issuer.sign(claims({}, '998877660'));
    expect((await post(first, groupsOnly)).status).toBe(200);
    const activities = await post(first, groupsOnly, '{ outreachActivities { totalCount } }');
    expect(activities.code).toBe('FORBIDDEN');
    expect(activities.reason).toBe('API_SCOPE_MISSING');
    const wide = await issuer.sign(claims({ scope: 'selvhjelp:groups.read selvhjelp:activities.read' }, '998877660'));
    expect((await post(first, wide, '{ outreachActivities { totalCount } }')).code).toBeUndefined();
  });

  it('refuses each bad token with 401, a Bearer challenge and its own reason', async () => {
    const now = Math.floor(first.clock.now.getTime() / 1000);
    const valid = await issuer.sign(claims());
    const [header, payload] = valid.split('.');
    const otherPayload = Buffer.from(JSON.stringify(claims({ scope: 'selvhjelp:groups.read extra' }))).toString(
      'base64url',
    );
    const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const hmac = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'HS256', kid: issuer.keys.rs.kid })
      .sign(new TextEncoder().encode('a shared secret that is long enough for HS256'));

    const refusals: Record<string, [token: string, reason: string]> = {
      'wrong issuer': [await issuer.sign(claims({ iss: 'https://other-issuer.example/' })), 'JWT_ISSUER_MISMATCH'],
      'wrong audience': [await issuer.sign(claims({ aud: 'https://someone-else.example' })), 'JWT_AUDIENCE_MISMATCH'],
      // Past the 30-second leeway.
      expired: [await issuer.sign(claims({ iat: now - 600, exp: now - 31 })), 'JWT_EXPIRED'],
      'not yet valid': [await issuer.sign(claims({ nbf: now + 60 })), 'JWT_NOT_YET_VALID'],
      'no expiry': [await issuer.sign(claims({ exp: undefined })), 'JWT_INVALID'],
      'unknown key id': [await issuer.sign(claims(), { key: issuer.keys.unpublished }), 'JWT_UNKNOWN_KEY'],
      'tampered signature': [`${header}.${otherPayload}.${valid.split('.')[2]}`, 'JWT_SIGNATURE_INVALID'],
      'alg none': [`${base64({ alg: 'none', typ: 'JWT' })}.${payload}.`, 'JWT_ALGORITHM_REFUSED'],
      HS256: [hmac, 'JWT_ALGORITHM_REFUSED'],
      'no scope of ours': [await issuer.sign(claims({ scope: 'nav:something.else' })), 'JWT_SCOPE_MISSING'],
      'no scope the client has': [
        await issuer.sign(claims({ scope: 'selvhjelp:activities.read' })),
        'JWT_SCOPE_MISSING',
      ],
      'unregistered organisation': [await issuer.sign(claims({}, UNREGISTERED_ORGNR)), 'JWT_ORGANISATION_UNKNOWN'],
      'another register': [
        await issuer.sign(claims({ consumer: { ID: `0088:${NAV_BERGEN_ORGNR}` } })),
        'JWT_ORGANISATION_UNKNOWN',
      ],
      garbage: ['bm90IGpzb24.bm90IGpzb24.c2ln', 'JWT_INVALID'],
    };
    for (const [what, [token, reason]] of Object.entries(refusals)) {
      const answer = await post(first, token);
      expect({ what, status: answer.status, code: answer.code, reason: answer.reason, data: answer.data }).toEqual({
        what,
        status: 401,
        code: 'UNAUTHENTICATED',
        reason,
        data: null,
      });
      expect(answer.challenge, what).toBe(`Bearer error="invalid_token", error_description="${reason}"`);
    }
    // Within the leeway an expired token still holds (clocks drift).
    expect((await post(first, await issuer.sign(claims({ iat: now - 600, exp: now - 10 })))).status).toBe(200);
  });

  it('stops a token whose client is revoked within a second on both gateway processes', async () => {
    const client = await registered(REVOKED_ORGNR);
    const token = await issuer.sign(claims({}, REVOKED_ORGNR));
    for (const gateway of [first, second]) expect((await post(gateway, token)).status).toBe(200);
    expect((await first.run(REVOKE, { id: client.id }, admin)).data?.revokeApiClient.revokedAt).toBeTruthy();
    const since = performance.now();
    for (const gateway of [first, second]) {
      const answer = await post(gateway, token);
      expect([answer.status, answer.reason]).toEqual([401, 'JWT_CLIENT_REVOKED']);
    }
    expect(performance.now() - since).toBeLessThan(1_000);
  });

  it('keeps the organisation number when an update leaves it out, and refuses one taken or mistyped', async () => {
    const input = { ...CLIENT_INPUT, id: navBergen.id, name: 'NAV Bergenhus' };
    const kept = await first.run(UPDATE, { input: { ...input, version: navBergen.version } }, admin);
    expect(kept.data?.updateApiClient).toMatchObject({ organisationNumber: NAV_BERGEN_ORGNR });
    const taken = await first.run(CREATE, { input: { ...CLIENT_INPUT, organisationNumber: '974 760 673' } }, admin);
    expect(taken.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'API_CLIENT_ORGANISATION_TAKEN',
      field: 'input.organisationNumber',
    });
    const mistyped = await first.run(CREATE, { input: { ...CLIENT_INPUT, organisationNumber: '974760674' } }, admin);
    expect(mistyped.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.organisationNumber',
    });
  });

  it('leaves staff sessions as they were, and answers 503 when the issuer’s keys cannot be read', async () => {
    expect((await post(first, admin)).status).toBe(200);
    const token = await issuer.sign(claims());
    // Without an issuer configured, a JWT is just an unknown session token.
    const plain = await startTestGateway(db);
    const broken = await startTestGateway(db, { oauthIssuer: { ...settings, jwksUrl: issuer.brokenJwksUrl } });
    try {
      const unconfigured = await post(plain, token);
      expect(unconfigured.code).toBe('UNAUTHENTICATED');
      expect(unconfigured.reason).not.toMatch(/^JWT_/);
      const outage = await post(broken, token);
      expect([outage.status, outage.code, outage.reason]).toEqual([
        503,
        'SERVICE_UNAVAILABLE',
        'JWT_ISSUER_UNAVAILABLE',
      ]);
    } finally {
      await plain.close();
      await broken.close();
    }
  });
});
