import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder holding the SDL modules, one `.graphql` file per domain concept. */
export const schemaDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'schema');

/** The SDL modules in a stable order, so the printed schema does not churn. */
export function schemaFiles(): string[] {
  return readdirSync(schemaDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => join(schemaDir, name));
}

/** The whole SDL as one document. */
export const typeDefs: string = schemaFiles()
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

export { DEFAULT_MAX_COST, DEFAULT_PAGE_SIZE, objectCountEstimator, operationCost } from './cost.js';
