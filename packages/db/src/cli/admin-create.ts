// pnpm admin:create <email> [--name "Full Name"] — creates an administrator, typically the first
// user of a new installation. The password is read from standard input: typed without echo (and
// asked twice) at a terminal, or the first line of a pipe, so that it never appears in the shell
// history or the process list.
import { parseArgs } from 'node:util';
import { read } from 'read';
import { AdministratorRefusedError, createAdministrator, parseAdministrator } from '../admin/create-administrator.js';
import { runCli, withMigratedDatabase } from './env.js';

const USAGE = 'Usage: pnpm admin:create <email> [--name "Full Name"]   (password on standard input)';

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    // Piped: the first line (an empty pipe reads as an empty password, which is refused).
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  const password = await read({ prompt: 'Password: ', silent: true, replace: '', output: process.stderr });
  const again = await read({ prompt: 'Repeat the password: ', silent: true, replace: '', output: process.stderr });
  if (password !== again) throw new AdministratorRefusedError('The two passwords differ. Nothing was changed.');
  return password;
}

runCli(async () => {
  let parsed;
  try {
    // pnpm may pass a literal "--" before the arguments.
    parsed = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== '--'),
      options: { name: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const [email, ...rest] = parsed.positionals;
  if (!email || rest.length > 0) {
    console.error(USAGE);
    return 1;
  }
  try {
    // Refuse a bad email or name before asking for a password.
    parseAdministrator({ email, name: parsed.values.name });
    const password = await readPassword();
    // A brand-new installation: the schema may not exist yet. Never seeds.
    await withMigratedDatabase(async (db) => {
      const admin = await createAdministrator(db, { email, name: parsed.values.name, password });
      console.log(`Administrator ${admin.email} (${admin.name}) created. Log in on the national portal, /nasjonalt.`);
    });
    return 0;
  } catch (error) {
    if (error instanceof AdministratorRefusedError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
});
