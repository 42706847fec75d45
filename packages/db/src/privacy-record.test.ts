import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMigrationPaths, findRepoRoot } from './paths.js';

// docs/privacy/record-of-processing.md lists every database model with what personal data it holds
// (rule 6 of the developers' guide). A model added to the schema without a row there, or a row
// for a model that is gone, fails here: nothing ships unclassified.

const { schemaPath } = defaultMigrationPaths();
const repoRoot = findRepoRoot();
if (!repoRoot) throw new Error('The repository root (with docs/) was not found above packages/db.');
const recordPath = join(repoRoot, 'docs/privacy/record-of-processing.md');

function schemaModels(): string[] {
  return [...readFileSync(schemaPath, 'utf8').matchAll(/^model (\w+) \{/gm)].map((match) => match[1]!);
}

/** The first column of the record's table, without its header. */
function recordedModels(): { model: string; personalData: string }[] {
  return readFileSync(recordPath, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Model ') && !/^\|[-| ]+\|$/.test(line))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      return { model: cells[1]!, personalData: cells[2]! };
    });
}

describe('the record of processing (docs/privacy)', () => {
  it('lists every model of the schema once, and no model that is not in it', () => {
    const recorded = recordedModels().map((row) => row.model);
    expect(new Set(recorded).size).toBe(recorded.length);
    expect([...recorded].sort()).toEqual(schemaModels().sort());
  });

  it('says for each model what personal data it holds, or "–" for none', () => {
    for (const { model, personalData } of recordedModels()) {
      expect(personalData, model).not.toBe('');
    }
  });
});
