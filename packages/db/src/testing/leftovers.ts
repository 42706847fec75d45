import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropPostgresDatabase, withServer } from './server.js';

/*
 * What a test run that was killed leaves behind: its template and test databases on the server
 * (`selvhjelp_template_<pid>_<hex>`, `selvhjelp_test_<pid>_<hex>`) and its PGlite demo dump in
 * the temp folder (`selvhjelp-pglite-demo-<pid>-<hex>.tar`). A normal run removes its own in its
 * teardown; a killed one cannot. Every name carries the id of the process that made it, so the
 * next run's global setup removes those whose process has ended. A process that is still running,
 * or whose id was given to another, keeps its own. Only for a server on this machine: an id in a
 * name made elsewhere says nothing about this machine's processes.
 */

const DATABASE_NAME = /^selvhjelp_(?:template|test)_(\d+)_[0-9a-f]{8}$/;
const DUMP_NAME = /^selvhjelp-pglite-demo-(\d+)-[0-9a-f]{8}\.tar$/;
const LOCAL_HOSTS = new Set(['', 'localhost', '127.0.0.1', '[::1]']);

/** Whether a process with this id runs on this machine (signal 0 tests, sends nothing). */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const ended = (name: string, pattern: RegExp): boolean => {
  const pid = pattern.exec(name)?.[1];
  return pid !== undefined && !processRuns(Number(pid));
};

/** Removes what ended test runs left; returns the databases and files it removed. */
export async function removeLeftoversOfEndedRuns(
  serverUrl: string | undefined,
  folder: string = tmpdir(),
): Promise<{ databases: string[]; files: string[] }> {
  const files = readdirSync(folder).filter((name) => ended(name, DUMP_NAME));
  for (const name of files) rmSync(join(folder, name), { force: true });
  const databases: string[] = [];
  if (serverUrl && LOCAL_HOSTS.has(new URL(serverUrl).hostname)) {
    const { rows } = await withServer(serverUrl, (client) =>
      client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'selvhjelp\\_%'`),
    );
    for (const { datname } of rows.filter((row) => ended(row.datname, DATABASE_NAME))) {
      // Another package's run may be removing the same one at this moment: best effort.
      await dropPostgresDatabase(serverUrl, datname).then(
        () => databases.push(datname),
        () => undefined,
      );
    }
  }
  return { databases, files };
}
