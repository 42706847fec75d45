#!/usr/bin/env node
// Regenerates checked-in GraphQL code and fails when it differs from what is committed,
// so the SDL, the gateway's resolver types and the typed documents of the portal and the
// gateway's tests never drift.
import { execFileSync } from 'node:child_process';
import { runOrExit } from './lib/run.mjs';

const root = new URL('..', import.meta.url).pathname;
const generated = ['apps/gateway/src/generated', 'apps/gateway/test/generated', 'apps/portal/app/generated'];

await runOrExit('pnpm', ['exec', 'turbo', 'run', 'codegen', '--force', '--output-logs=errors-only'], { cwd: root });
const status = execFileSync('git', ['status', '--porcelain', '--', ...generated], {
  cwd: root,
  encoding: 'utf8',
}).trim();
if (status) {
  console.error(`Generated GraphQL code is out of date; run \`pnpm codegen\` and commit:\n${status}`);
  process.exit(1);
}
console.log('Generated GraphQL code is up to date.');
