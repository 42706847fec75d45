// `prisma generate` offline. Generation itself is WebAssembly, but the CLI first checks for the
// native schema-engine binary and tries to download it (which fails behind our firewall).
// Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that check; the engine is
// never executed by `generate`. See /work/shared/notes/prisma-offline.md and README.md.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const prismaCli = join(dirname(require.resolve('prisma/package.json')), 'build', 'index.js');

const result = spawnSync(process.execPath, [prismaCli, 'generate', '--no-hints'], {
  cwd: packageRoot,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
