import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import { verifyPassword } from '../passwords.js';

// The commands as an operator runs them (through tsx, as the package scripts do), on an
// embedded database in a throw-away folder, with the password piped in.
const packageRoot = new URL('../..', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'selvhjelp-cli-test-'));
const dataDir = join(folder, 'pglite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(script: string, args: string[], input: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(
    join(packageRoot, 'node_modules', '.bin', 'tsx'),
    [join(packageRoot, 'src', 'cli', script), ...args],
    {
      cwd: packageRoot,
      input,
      encoding: 'utf8',
      env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'production', ...env },
      timeout: 60_000,
    },
  );
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

// Each command starts tsx and opens a database: slow on a busy machine.
const SLOW = 120_000;

describe('pnpm admin:create', () => {
  it(
    'creates the first administrator from a piped password, even in production',
    async () => {
      const created = run(
        'admin-create.ts',
        ['forste@selvhjelp.no', '--name', 'Første Admin'],
        'fjord-lanterne-tirsdag-88\n',
      );
      expect(created.out).toMatch(/Administrator forste@selvhjelp.no \(Første Admin\) created/);
      expect(created.code).toBe(0);
      const db = await openDatabase({ pgliteDataDir: dataDir });
      try {
        const admin = await db.repositories.staffUsers.findByEmail(NATIONAL_SCOPE, 'forste@selvhjelp.no');
        expect(admin).toMatchObject({ role: 'ADMIN', districtId: null });
        expect(await verifyPassword(admin!.passwordHash!, 'fjord-lanterne-tirsdag-88')).toBe(true);
      } finally {
        await db.close();
      }
    },
    SLOW,
  );

  it(
    'refuses a weak password, an existing email and a missing argument with a reason',
    () => {
      expect(run('admin-create.ts', ['ny@selvhjelp.no'], 'kort\n')).toMatchObject({
        code: 1,
        out: expect.stringMatching(/Refused password: .*minst 10 tegn/),
      });
      expect(run('admin-create.ts', ['forste@selvhjelp.no'], 'et-annet-langt-passord\n')).toMatchObject({
        code: 1,
        out: expect.stringMatching(/already exists/),
      });
      expect(run('admin-create.ts', [], '')).toMatchObject({
        code: 1,
        out: expect.stringMatching(/Usage: pnpm admin:create/),
      });
    },
    SLOW,
  );
});

describe('pnpm db:seed', () => {
  it(
    'refuses in production before touching the database',
    () => {
      const refused = run('seed.ts', [], '', { PGLITE_DATA_DIR: join(folder, 'never-created') });
      expect(refused).toMatchObject({
        code: 1,
        out: expect.stringMatching(/Refusing to seed demo data: NODE_ENV is "production"/),
      });
      expect(refused.out).not.toMatch(/Database:/);
    },
    SLOW,
  );
});
