import { defineConfig } from 'vitest/config';

// Browser tests against the real gateway and the built portal (see e2e/global-setup.ts).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // Fails any test whose pages broke the Content-Security-Policy.
    setupFiles: ['e2e/csp-setup.ts'],
    environment: 'node',
    // One gateway and one browser per file; files in turn keep login throttling predictable.
    fileParallelism: false,
    testTimeout: 60_000,
    // Pages settle after client-side navigations; assertions poll until they do.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    hookTimeout: 120_000,
  },
});
