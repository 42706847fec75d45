import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * Repositories do data access and row locks only. A business rule is a pure function of the
 * domain returning a refusal, asked by the gateway's service between the repository's facts read
 * and its write; so a repository throws only the data errors below (and RangeError for a caller's
 * programming mistake), never a rule's refusal, and asks no rule itself.
 */
const DATA_ERRORS = new Set([
  'StaleVersionError',
  'InvalidCursorError',
  'OutOfScopeError',
  'UniqueViolationError',
  'RangeError',
]);

const root = fileURLToPath(new URL('.', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

// Comments name the domain's rules (to say where they are); only code counts.
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('repositories', () => {
  const files = sources(root).map((path) => ({
    name: relative(root, path),
    code: withoutComments(readFileSync(path, 'utf8')),
  }));

  it('are found', () => {
    expect(files.map((file) => file.name)).toEqual(
      expect.arrayContaining([join('training', 'enrolments.ts'), join('partners', 'contacts.ts')]),
    );
  });

  it('throw only data errors', () => {
    const offending = files.flatMap(({ name, code }) =>
      [...code.matchAll(/\bthrow\s+(?!error;)(?:new\s+)?([\w.]+)/g)]
        .map((match) => match[1]!)
        .filter((thrown) => !DATA_ERRORS.has(thrown))
        .map((thrown) => `${name}: throw ${thrown}`),
    );
    expect(offending).toEqual([]);
  });

  it('ask no business rule', () => {
    const offending = files.flatMap(({ name, code }) =>
      [...code.matchAll(/\b(\w+Refusal|\w+RuleError)\b/g)].map((match) => `${name}: ${match[1]}`),
    );
    expect(offending).toEqual([]);
  });
});
