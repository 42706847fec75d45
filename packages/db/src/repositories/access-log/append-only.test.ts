import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRepoRoot } from '../../paths.js';

// The access log's triggers let a DELETE through only when the transaction has set this flag
// (decision 0019). Only the retention path may set it: any other source naming it is a finding.
const FLAG = 'selvhjelp.access_log_retention';
const ALLOWED = [join('packages', 'db', 'src', 'repositories', 'access-log', 'repository.ts')];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (['node_modules', 'dist', 'generated', 'build', '.turbo'].includes(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|mts|js|mjs|sql)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the access log’s retention flag', () => {
  it('is set by the retention path only', () => {
    const root = findRepoRoot();
    if (!root) throw new Error('The repository root was not found above packages/db.');
    const files = ['apps', 'packages'].flatMap((dir) => sources(join(root, dir)));
    expect(files.length).toBeGreaterThan(100);
    const naming = files
      .filter((path) => !path.includes(`${join('prisma', 'migrations')}`))
      .filter((path) => readFileSync(path, 'utf8').includes(FLAG))
      .map((path) => relative(root, path));
    expect(naming).toEqual(ALLOWED);
  });
});
