// Writes the whole SDL, printed in graphql-js's canonical form, to dist/schema.graphql: the file
// the portal's explorer and documentation pages bundle, and what `schema:publish` snapshots.
import { writeFileSync } from 'node:fs';
import { buildSchema, printSchema } from 'graphql';
import { typeDefs } from '../dist/index.js';

writeFileSync(new URL('../dist/schema.graphql', import.meta.url), `${printSchema(buildSchema(typeDefs))}\n`);
