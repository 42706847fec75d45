import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Migrates the databases every test file copies, once per run.
    globalSetup: ['src/testing/global-setup.ts'],
    // Opening a database (PGlite WebAssembly, or a fresh PostgreSQL database) takes seconds on a
    // busy CI machine; the tests themselves are fast.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
