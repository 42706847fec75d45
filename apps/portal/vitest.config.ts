import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Unit tests beside the code; the browser tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  // Node (and so every library) loads graphql's CommonJS build; Vite would hand our own code the
  // ESM build, and the two copies' types fail each other's instanceof checks.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    include: ['app/**/*.test.{ts,tsx}', 'server-errors.test.ts'],
    environment: 'node',
  },
});
