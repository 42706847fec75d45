import type { Database } from '@selvhjelp/db';
import { createSignedInStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { ImportGroupsInput } from './generated/graphql.js';
import { groupCsv } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

const IMPORT = graphql(`
  mutation ImportGroupsWithDuplicates($input: ImportGroupsInput!) {
    importGroups(input: $input) {
      committed
      validCount
      invalidCount
      duplicateCount
      createdCount
      rows {
        line
        name
        valid
        duplicate
        errors {
          column
          message
          reason
          params {
            name
            value
          }
        }
      }
    }
  }
`);
const COUNT = graphql(`
  query CountDuplicateGroups {
    groups(first: 1, filter: { search: "Dublettgruppe" }) {
      totalCount
    }
  }
`);

/** The fixture's file with its own names, so the counts here see only these groups. */
const dublettCsv = (lines: number, bad: Parameters<typeof groupCsv>[1] = {}) =>
  groupCsv(lines, bad).replaceAll('Importgruppe', 'Dublettgruppe');

describe.each(testBackends())('group import duplicates on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let vest: string;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    ({ token: vest } = await createSignedInStaffUser(db, { districtId: 'vest' }));
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  const importCsv = (csv: string, input: Omit<ImportGroupsInput, 'file'>, headers: Record<string, string> = {}) =>
    gateway.runWithFiles(
      IMPORT,
      { input: { ...input, file: null } },
      { 'variables.input.file': { bytes: Buffer.from(csv, 'utf8'), fileName: 'grupper.csv' } },
      vest,
      headers,
    );
  const count = async () => (await gateway.run(COUNT, {}, vest)).data!.groups.totalCount;

  it('flags a file checked again after its import as duplicates, and leaves them out of the next import', async () => {
    const csv = dublettCsv(3);
    const first = await importCsv(csv, { dryRun: true });
    expect(first.data!.importGroups).toMatchObject({ validCount: 3, duplicateCount: 0 });
    expect((await importCsv(csv, { dryRun: false })).data!.importGroups).toMatchObject({
      committed: true,
      createdCount: 3,
    });
    expect(await count()).toBe(3);

    const again = await importCsv(csv, { dryRun: true });
    expect(again.data!.importGroups).toMatchObject({ validCount: 3, invalidCount: 0, duplicateCount: 3 });
    expect(again.data!.importGroups.rows.map((row) => row.duplicate)).toEqual([true, true, true]);

    const refused = await importCsv(csv, { dryRun: false });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.importDuplicates',
      reason: 'CSV_ALL_DUPLICATES',
    });
    expect(await count()).toBe(3);
  });

  it('writes only the new rows of a file that repeats some, and the repeats too when asked', async () => {
    const csv = dublettCsv(5);
    const dry = await importCsv(csv, { dryRun: true });
    expect(dry.data!.importGroups).toMatchObject({ validCount: 5, duplicateCount: 3 });
    expect(dry.data!.importGroups.rows.filter((row) => !row.duplicate).map((row) => row.name)).toEqual([
      'Dublettgruppe 4',
      'Dublettgruppe 5',
    ]);

    expect((await importCsv(csv, { dryRun: false })).data!.importGroups).toMatchObject({
      committed: true,
      createdCount: 2,
    });
    expect(await count()).toBe(5);
    expect((await importCsv(csv, { dryRun: false, importDuplicates: true })).data!.importGroups).toMatchObject({
      committed: true,
      createdCount: 5,
    });
    expect(await count()).toBe(10);
  });

  it('flags a row that repeats an earlier row of the same file', async () => {
    const csv = dublettCsv(1).replaceAll('Dublettgruppe 1', 'Tvillinggruppe');
    const twice = csv + csv.split('\r\n')[1] + '\r\n';
    const dry = await importCsv(twice, { dryRun: true });
    expect(dry.data!.importGroups.rows.map((row) => row.duplicate)).toEqual([false, true]);
  });

  it('words row errors in the language asked for, with the reason and its params', async () => {
    const csv = dublettCsv(2, { 1: 'municipality' }).replaceAll('Dublettgruppe', 'Språkgruppe');
    const english = await importCsv(csv, { dryRun: true }, { 'accept-language': 'en' });
    const [error] = english.data!.importGroups.rows[1]!.errors;
    expect(error).toMatchObject({
      column: 'kommune',
      reason: 'MUNICIPALITY_NUMBER_UNKNOWN',
      params: [{ name: 'number', value: '9999' }],
    });
    expect(error!.message).toMatch(/^Unknown municipality/);
    const bokmål = await importCsv(csv, { dryRun: true });
    expect(bokmål.data!.importGroups.rows[1]!.errors[0]!.message).toMatch(/^Ukjent kommune/);
  });
});
