import type { Database } from '@selvhjelp/db';
import { createSignedInStaffUser, testBackends } from '@selvhjelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { ImportGroupsInput } from './generated/graphql.js';
import { groupCsv } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { countRequestStatements, startTestGateway } from './harness.js';

const IMPORT = graphql(`
  mutation ImportGroups($input: ImportGroupsInput!) {
    importGroups(input: $input) {
      dryRun
      committed
      validCount
      invalidCount
      createdCount
      rows {
        line
        name
        valid
        errors {
          column
          message
        }
      }
    }
  }
`);
const COUNT = graphql(`
  query CountGroups {
    groups(first: 1) {
      totalCount
    }
  }
`);
const EXPORT = graphql(`
  query ExportGroups($search: String!) {
    groupsCsv(filter: { search: $search })
  }
`);
const NESTED = graphql(`
  query GroupsWithNestedData($first: Int!) {
    groups(first: $first) {
      totalCount
      statusCounts {
        status
        count
      }
      edges {
        node {
          id
          name
          venue {
            name
            postalCode
          }
          municipality {
            name
            county {
              name
            }
          }
          district {
            name
          }
          themes {
            id
            label
          }
          statusHistory {
            to
            changedBy {
              name
            }
          }
          followUps {
            date
          }
        }
      }
    }
  }
`);

describe.each(testBackends())('group import, export and query cost on $name', (backend) => {
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

  const importCsv = (csv: string, input: Omit<ImportGroupsInput, 'file'>) =>
    gateway.runWithFiles(
      IMPORT,
      { input: { ...input, file: null } },
      { 'variables.input.file': { bytes: Buffer.from(csv, 'utf8'), fileName: 'grupper.csv' } },
      vest,
    );
  const count = async () => (await gateway.run(COUNT, {}, vest)).data!.groups.totalCount;

  it('shows the 3 bad rows of 200 in a dry run, writes nothing, then writes the 197 valid ones in one go', async () => {
    const csv = groupCsv(200, { 17: 'postalCode', 88: 'municipality', 150: 'weekday' });
    const before = await count();
    const dry = await importCsv(csv, { dryRun: true });
    const result = dry.data!.importGroups;
    expect(result).toMatchObject({ committed: false, validCount: 197, invalidCount: 3, createdCount: 0 });
    const invalid = result.rows.filter((row) => !row.valid);
    expect(invalid.map((row) => row.line)).toEqual([19, 90, 152]);
    expect(invalid.map((row) => row.errors.map((error) => error.column))).toEqual([
      ['postnummer'],
      ['kommune'],
      ['ukedag'],
    ]);
    expect(await count()).toBe(before);

    const refused = await importCsv(csv, { dryRun: false });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.skipInvalid' });
    expect(await count()).toBe(before);

    const committed = await importCsv(csv, { dryRun: false, skipInvalid: true });
    expect(committed.data!.importGroups).toMatchObject({ committed: true, createdCount: 197 });
    expect(await count()).toBe(before + 197);
  });

  it('exports the list as CSV that the import reads back', async () => {
    const exported = await gateway.run(EXPORT, { search: 'Importgruppe 1' }, vest);
    const csv = exported.data!.groupsCsv;
    const dataLines = csv.trim().split(/\r\n/).length - 1;
    // "Importgruppe 1", 10–19 and 100–199, less 18 and 151, which were invalid and never imported.
    expect(dataLines).toBe(1 + 10 + 100 - 2);
    const reread = await importCsv(csv, { dryRun: true });
    expect(reread.data!.importGroups).toMatchObject({ validCount: dataLines, invalidCount: 0 });
  });

  it('costs the same number of SQL statements for 20 and for 100 groups with nested data', async () => {
    const twenty = await countRequestStatements(db, () => gateway.run(NESTED, { first: 20 }, vest));
    const hundred = await countRequestStatements(db, () => gateway.run(NESTED, { first: 100 }, vest));
    expect(hundred.result.data!.groups.edges).toHaveLength(100);
    expect(hundred.count).toBe(twenty.count);
  });
});
