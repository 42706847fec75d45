import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchema, printSchema } from 'graphql';
import { typeDefs } from '../index.js';
import { checkSchemaChanges } from './schema-policy.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

// The real check of `pnpm test`: the SDL as it is now against the snapshot partners were promised.
describe('the SDL against the published snapshot', () => {
  it('makes no breaking change that CHANGELOG.md does not record, and removes nothing undated', async () => {
    const { problems } = await checkSchemaChanges({
      published: read('published/schema.graphql'),
      current: printSchema(buildSchema(typeDefs)),
      changelog: read('CHANGELOG.md'),
      today: new Date().toISOString().slice(0, 10),
    });
    expect(problems, 'see packages/graphql/CHANGELOG.md for the policy').toEqual([]);
  });
});
