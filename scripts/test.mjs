#!/usr/bin/env node
// `pnpm test`: everything CI checks, in the order that fails fastest.
// Formatting, typecheck and lint, generated code up to date, unit and integration tests (PGlite always,
// PostgreSQL when TEST_DATABASE_URL is set), then end-to-end tests in Chromium.
import { readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run, runOrExit } from './lib/run.mjs';

const root = new URL('..', import.meta.url).pathname;
const resultDirs = ['packages/domain', 'packages/db', 'packages/graphql', 'apps/gateway', 'apps/portal'].map((dir) =>
  join(root, dir, '.test-results'),
);
for (const dir of resultDirs) rmSync(dir, { recursive: true, force: true });

console.log(
  process.env.TEST_DATABASE_URL
    ? `Database tests run on PGlite and on PostgreSQL (${redact(process.env.TEST_DATABASE_URL)}).`
    : 'Database tests run on PGlite only: set TEST_DATABASE_URL to also run them on a PostgreSQL server.',
);

await runOrExit('node', ['scripts/format.mjs', '--check'], { cwd: root });
await runOrExit('pnpm', ['exec', 'turbo', 'run', 'typecheck', 'lint', '--output-logs=errors-only'], { cwd: root });
await runOrExit('node', ['scripts/codegen-check.mjs'], { cwd: root });
const unit = await run('pnpm', ['exec', 'turbo', 'run', 'test', '--concurrency=1'], { cwd: root });
const e2e = unit === 0 ? await run('pnpm', ['exec', 'turbo', 'run', 'test:e2e', '--concurrency=1'], { cwd: root }) : 1;

// One closing line over every Vitest run, read from their JSON reports.
let passed = 0;
let failed = 0;
for (const dir of resultDirs) {
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  }
}
if ((unit !== 0 || e2e !== 0) && failed === 0) failed = 1;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(unit !== 0 ? unit : e2e);

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
