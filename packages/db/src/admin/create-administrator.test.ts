import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { verifyPassword } from '../passwords.js';
import { testBackends } from '../testing/index.js';
import { AdministratorRefusedError, createAdministrator } from './create-administrator.js';
import { administratorPasswordProblem } from './password-check.js';

const PASSPHRASE = 'fjord-lanterne-tirsdag-88';

describe('administratorPasswordProblem', () => {
  it("refuses short, common and guessable passwords and the user's own email or name, with a reason", () => {
    expect(administratorPasswordProblem('password123', [])).toMatch(/mest brukte/);
    expect(administratorPasswordProblem('qwertyuiop', [])).toMatch(/mest brukte|lett å gjette/);
    expect(administratorPasswordProblem('kort', [])).toMatch(/minst 10 tegn/);
    expect(administratorPasswordProblem('leder@distrikt.no', ['leder@distrikt.no'])).toMatch(/e-postadressen/);
    expect(administratorPasswordProblem('Kari.Nordmann', ['kari.nordmann@distrikt.no', 'Kari Nordmann'])).toMatch(
      /navnet/,
    );
    expect(administratorPasswordProblem(PASSPHRASE, ['kari.nordmann@distrikt.no', 'Kari Nordmann'])).toBeNull();
  });
});

describe.each(testBackends())('createAdministrator on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('creates a national administrator who can log in with the password', async () => {
    const admin = await createAdministrator(db, {
      email: ' Forste.Admin@Selvhjelp.no ',
      name: 'Første Admin',
      password: PASSPHRASE,
    });
    expect(admin).toMatchObject({
      email: 'forste.admin@selvhjelp.no',
      name: 'Første Admin',
      role: 'ADMIN',
      districtId: null,
      active: true,
    });
    const stored = await db.repositories.staffUsers.findByEmail(NATIONAL_SCOPE, 'forste.admin@selvhjelp.no');
    expect(stored?.passwordHash && (await verifyPassword(stored.passwordHash, PASSPHRASE))).toBe(true);
  });

  it('refuses an email that already has an account, and leaves that account alone', async () => {
    const before = await db.repositories.staffUsers.findByEmail(NATIONAL_SCOPE, 'forste.admin@selvhjelp.no');
    await expect(
      createAdministrator(db, { email: 'forste.admin@selvhjelp.no', password: 'et-helt-annet-passord-42' }),
    ).rejects.toThrow(/already exists\. Nothing was changed/);
    expect(await db.repositories.staffUsers.findByEmail(NATIONAL_SCOPE, 'forste.admin@selvhjelp.no')).toEqual(before);
  });

  it('refuses a weak password or a bad email before writing anything', async () => {
    await expect(createAdministrator(db, { email: 'svak@selvhjelp.no', password: 'kort' })).rejects.toThrow(
      AdministratorRefusedError,
    );
    await expect(createAdministrator(db, { email: 'ikke-en-epost', password: PASSPHRASE })).rejects.toThrow(
      /Refused email/,
    );
    expect(await db.repositories.staffUsers.findByEmail(NATIONAL_SCOPE, 'svak@selvhjelp.no')).toBeNull();
  });
});
