// `pnpm --filter @selvhjelp/graphql schema:publish`: makes the current SDL the published snapshot
// partners are promised (published/schema.graphql) and dates the changelog's "Unreleased" section,
// so the next breaking change must be recorded anew (decision 0031). Run after `build`.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';

const here = (path) => new URL(`../${path}`, import.meta.url);
const today = new Date().toISOString().slice(0, 10);

copyFileSync(here('dist/schema.graphql'), here('published/schema.graphql'));

const changelog = readFileSync(here('CHANGELOG.md'), 'utf8');
const dated = changelog.replace(/^## Unreleased\s*$/m, `## Unreleased\n\n## ${today}`);
writeFileSync(here('CHANGELOG.md'), dated);
process.stdout.write(`Published the schema as of ${today}: published/schema.graphql, CHANGELOG.md\n`);
