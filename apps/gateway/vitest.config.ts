import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node (and so Apollo and every library) loads graphql's CommonJS build; Vite would hand our
  // own code the ESM build, and the two copies' types fail each other's instanceof checks.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Migrates and seeds the databases every test file copies, once per run.
    globalSetup: ['test/global-setup.ts'],
    // Each file opens its own databases; PGlite and argon2 are CPU-bound, so keep it calm on 2 cores.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
