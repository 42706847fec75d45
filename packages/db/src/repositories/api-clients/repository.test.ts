import { NATIONAL_SCOPE, districtScope } from '@selvhjelp/domain';
import type { ApiClientData } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { OutOfScopeError, StaleVersionError, UniqueViolationError } from '../../errors.js';
import { createTestStaffUser, randomTokenHash, testBackends } from '../../testing/index.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const now = new Date('2026-12-05T10:00:00.000Z');
const later = new Date('2026-12-12T10:00:00.000Z');

const data = (overrides: Partial<ApiClientData> = {}): ApiClientData => ({
  name: 'NAV Bergen',
  contactName: 'Kari Nordmann',
  contactEmail: 'kari@nav.example',
  partnerId: null,
  organisationNumber: null,
  scopes: ['groups:read', 'referrals:write'],
  districtIds: ['vest'],
  expiresAt: null,
  ...overrides,
});

const secret = () => ({ secretHash: randomTokenHash(), lastFour: 'abcd' });

describe.each(testBackends())('ApiClientRepository on $name', ({ open }) => {
  let db: Database;
  const clients = () => db.repositories.apiClients;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('creates within the scope and finds by key hash; a lead sees only clients of their own district', async () => {
    const admin = await createTestStaffUser(db, { role: 'ADMIN' });
    const key = secret();
    const created = await clients().create(vest, { data: data(), secret: key, createdById: admin.id, now });
    expect(created).toMatchObject({ name: 'NAV Bergen', districtIds: ['vest'], version: 1, createdById: admin.id });
    expect(created.secrets).toHaveLength(1);
    expect(JSON.stringify(created)).not.toContain(key.secretHash);
    const wide = await clients().create(NATIONAL_SCOPE, {
      data: data({ name: 'Helsedirektoratet', districtIds: ['nord', 'vest'] }),
      secret: secret(),
      createdById: null,
      now,
    });
    await expect(
      clients().create(vest, { data: data({ districtIds: ['nord'] }), secret: secret(), createdById: null, now }),
    ).rejects.toBeInstanceOf(OutOfScopeError);
    await expect(clients().create(vest, { data: data(), secret: key, createdById: null, now })).rejects.toBeInstanceOf(
      UniqueViolationError,
    );

    expect(await clients().findById(vest, created.id)).toEqual(created);
    expect(await clients().findById(nord, created.id)).toBeNull();
    expect(await clients().findById(vest, wide.id)).toBeNull();
    expect(await clients().findById(NATIONAL_SCOPE, wide.id)).not.toBeNull();
    const listed = (await clients().list(vest)).map((client) => client.id);
    expect(listed).toContain(created.id);
    expect(listed).not.toContain(wide.id);

    const match = await clients().findByKeyHash(NATIONAL_SCOPE, key.secretHash);
    expect(match?.client.id).toBe(created.id);
    expect(await clients().findByKeyHash(NATIONAL_SCOPE, randomTokenHash())).toBeNull();
    expect(await clients().touch(NATIONAL_SCOPE, created.id, match!.secret.id, now)).toBe(true);
    expect((await clients().findById(vest, created.id))?.lastUsedAt).toEqual(now);
  });

  it('updates at the version read, rotates with an overlap and revokes every key', async () => {
    const created = await clients().create(vest, { data: data(), secret: secret(), createdById: null, now });
    expect(await clients().update(nord, created.id, 1, data({ districtIds: ['nord'] }), now)).toBeNull();
    await expect(clients().update(vest, created.id, 1, data({ districtIds: ['nord'] }), now)).rejects.toBeInstanceOf(
      OutOfScopeError,
    );
    const updated = await clients().update(vest, created.id, 1, data({ name: 'NAV Bergenhus' }), now);
    expect(updated).toMatchObject({ name: 'NAV Bergenhus', version: 2 });
    await expect(clients().update(vest, created.id, 1, data(), now)).rejects.toBeInstanceOf(StaleVersionError);

    const rotated = await clients().rotate(vest, created.id, 2, {
      secret: secret(),
      previousValidUntil: later,
      now,
    });
    expect(rotated?.version).toBe(3);
    expect(rotated?.secrets.map((s) => s.validUntil)).toEqual(expect.arrayContaining([null, later]));
    await expect(
      clients().rotate(vest, created.id, 2, { secret: secret(), previousValidUntil: later, now }),
    ).rejects.toBeInstanceOf(StaleVersionError);

    const revoked = await clients().revoke(vest, created.id, now);
    expect(revoked?.revokedAt).toEqual(now);
    expect(revoked?.secrets.every((s) => s.revokedAt?.getTime() === now.getTime())).toBe(true);
    expect((await clients().revoke(vest, created.id, later))?.revokedAt).toEqual(now);
    expect(await clients().revoke(nord, created.id, now)).toBeNull();
  });

  it('refuses a partner link to nothing with a data error', async () => {
    await expect(
      clients().create(vest, {
        data: data({ partnerId: '00000000-0000-4000-8000-000000000000' }),
        secret: secret(),
        createdById: null,
        now,
      }),
    ).rejects.toBeInstanceOf(OutOfScopeError);
  });

  it('keeps one client not revoked per organisation number and finds it by that number', async () => {
    const first = await clients().create(vest, {
      data: data({ name: 'NAV Bergen', organisationNumber: '998877660' }),
      secret: secret(),
      createdById: null,
      now,
    });
    const taken = clients().create(vest, {
      data: data({ name: 'NAV Bergen 2', organisationNumber: '998877660' }),
      secret: secret(),
      createdById: null,
      now,
    });
    await expect(taken).rejects.toBeInstanceOf(UniqueViolationError);
    await expect(taken).rejects.toMatchObject({ field: 'organisationNumber' });
    expect((await clients().findByOrganisationNumber(NATIONAL_SCOPE, '998877660'))?.id).toBe(first.id);
    expect(await clients().findByOrganisationNumber(nord, '998877660')).toBeNull();

    // Once revoked, the organisation may have a new client, and the lookup finds that one.
    await clients().revoke(vest, first.id, now);
    expect((await clients().findByOrganisationNumber(NATIONAL_SCOPE, '998877660'))?.revokedAt).toEqual(now);
    const second = await clients().create(vest, {
      data: data({ name: 'NAV Bergen 2', organisationNumber: '998877660' }),
      secret: secret(),
      createdById: null,
      now,
    });
    expect((await clients().findByOrganisationNumber(NATIONAL_SCOPE, '998877660'))?.id).toBe(second.id);
    expect(await clients().touch(NATIONAL_SCOPE, second.id, null, later)).toBe(true);
    expect((await clients().findById(vest, second.id))?.lastUsedAt).toEqual(later);
  });
});
