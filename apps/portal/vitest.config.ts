import { defineConfig } from 'vitest/config';

// Unit tests beside the code; the browser tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['app/**/*.test.{ts,tsx}', 'server-errors.test.ts'],
    environment: 'node',
  },
});
