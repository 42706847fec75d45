import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processRuns, removeLeftoversOfEndedRuns } from './leftovers.js';
import { dropPostgresDatabase, withServer } from './server.js';

/** The id of a process that has ended (a node that did nothing and exited). */
function endedPid(): number {
  const { pid, status } = spawnSync(process.execPath, ['-e', '']);
  expect(status).toBe(0);
  expect(processRuns(pid)).toBe(false);
  return pid;
}

const hex = () => randomBytes(4).toString('hex');

describe('leftovers of killed test runs', () => {
  const folder = mkdtempSync(join(tmpdir(), 'selvhjelp-leftovers-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('removes the PGlite demo dumps of ended processes only', async () => {
    const ended = endedPid();
    const names = {
      ended: `selvhjelp-pglite-demo-${ended}-${hex()}.tar`,
      running: `selvhjelp-pglite-demo-${process.pid}-${hex()}.tar`,
      // The migrated dump cache is kept across runs on purpose, and names no process.
      cache: `selvhjelp-pglite-template-${hex()}${hex()}.tar`,
    };
    for (const name of Object.values(names)) writeFileSync(join(folder, name), 'x');

    const removed = await removeLeftoversOfEndedRuns(undefined, folder);

    expect(removed).toEqual({ databases: [], files: [names.ended] });
    expect(existsSync(join(folder, names.ended))).toBe(false);
    expect(existsSync(join(folder, names.running))).toBe(true);
    expect(existsSync(join(folder, names.cache))).toBe(true);
  });

  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    it('drops the template and test databases of ended processes on the server, and keeps a running one’s', async () => {
      const ended = endedPid();
      const names = {
        template: `selvhjelp_template_${ended}_${hex()}`,
        test: `selvhjelp_test_${ended}_${hex()}`,
        running: `selvhjelp_test_${process.pid}_${hex()}`,
      };
      for (const name of Object.values(names))
        await withServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
      try {
        const removed = await removeLeftoversOfEndedRuns(serverUrl, folder);
        expect(removed.databases).toEqual(expect.arrayContaining([names.template, names.test]));
        expect(removed.databases).not.toContain(names.running);
        const { rows } = await withServer(serverUrl, (client) =>
          client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname = ANY($1)', [
            Object.values(names),
          ]),
        );
        expect(rows.map((row) => row.datname)).toEqual([names.running]);
      } finally {
        for (const name of Object.values(names)) await dropPostgresDatabase(serverUrl, name);
      }
    });
  }
});
