import { spawn } from 'node:child_process';
import { chmodSync, renameSync, rmSync, statSync } from 'node:fs';
import pg from 'pg';
import { describeConnectionString } from '../backends.js';
import { BackupError } from './errors.js';
import { backupKindOf, BACKUP_KIND_LABEL } from './format.js';

/*
 * PostgreSQL is backed up with its own tools, pg_dump and pg_restore (Debian: postgresql-client,
 * of the server's major version or newer), in the custom format: compressed, restorable table by
 * table, and readable by any later PostgreSQL.
 */

/** Parameters Prisma and node-postgres accept that libpq (pg_dump) refuses. */
const NOT_FOR_LIBPQ = [
  'schema',
  'connection_limit',
  'pool_timeout',
  'pgbouncer',
  'statement_cache_size',
  'socket_timeout',
];

/**
 * The connection string for the client tools, and the environment that carries its password:
 * a password on the command line would be visible to every user in the process list.
 */
export function clientToolConnection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  for (const name of NOT_FOR_LIBPQ) url.searchParams.delete(name);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: url.toString(), env };
}

function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new BackupError(
              `${tool} was not found. Install PostgreSQL's client tools (Debian/Ubuntu: apt-get install postgresql-client).`,
            )
          : error,
      );
    });
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${tool} failed (${signal ?? `exit ${code}`}):\n${stderr.trim()}`));
    });
  });
}

export async function backupPostgres(databaseUrl: string, file: string): Promise<{ bytes: number }> {
  const { dbname, env } = clientToolConnection(databaseUrl);
  const partial = `${file}.partial`;
  try {
    await runTool('pg_dump', ['--format=custom', `--file=${partial}`, `--dbname=${dbname}`], env);
    // Password hashes and people's contact details: readable by the owner only, like the PGlite backup.
    chmodSync(partial, 0o600);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { bytes: statSync(file).size };
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function restorePostgres(databaseUrl: string, file: string, options: { force: boolean }): Promise<void> {
  const where = describeConnectionString(databaseUrl);
  const kind = backupKindOf(file);
  if (kind !== 'postgresql') {
    throw new BackupError(
      `${file} is ${kind ? BACKUP_KIND_LABEL[kind] : 'not a backup this tool wrote'}; the target is ${where}.` +
        (kind === 'pglite' ? ' Unset DATABASE_URL to restore it into the embedded database.' : ''),
    );
  }
  await withClient(databaseUrl, async (client) => {
    const others = await client.query<{ count: string }>(
      'SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    const connected = Number(others.rows[0]?.count ?? 0);
    if (connected > 0) {
      throw new BackupError(
        `${where} is in use (${connected} other connection${connected === 1 ? '' : 's'}): stop every gateway using it, then restore.`,
      );
    }
    const tables = await client.query<{ count: string }>(
      "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    );
    if (Number(tables.rows[0]?.count ?? 0) > 0) {
      if (!options.force)
        throw new BackupError(`${where} already holds tables. Restoring replaces all of it: add --force to do that.`);
      // Everything we own lives in "public", including _prisma_migrations (as in db:reset).
      await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
    }
  });
  const { dbname, env } = clientToolConnection(databaseUrl);
  // One transaction: a failed restore leaves the database as empty as it was.
  await runTool(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, file],
    env,
  );
}
