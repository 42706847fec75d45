#!/usr/bin/env node
// `pnpm format` rewrites every file Prettier owns; `pnpm format --check` only reports the ones it
// would change (what `pnpm test` runs), so CI fails on unformatted code without touching it.
import { run } from './lib/run.mjs';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const code = await run(
  'pnpm',
  ['exec', 'prettier', check ? '--check' : '--write', '--log-level', check ? 'warn' : 'log', '.'],
  {
    cwd: root,
  },
);
if (code !== 0 && check) console.error('\nSome files are not formatted: run `pnpm format` and commit the result.');
process.exit(code);
