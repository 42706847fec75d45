import type { Config } from '@react-router/dev/config';

export default {
  ssr: true,
  // The whole route manifest as one hashed, immutably cached file, instead of the routes around
  // each page worked out and written into every page (decision 0017).
  routeDiscovery: { mode: 'initial' },
  future: {
    // Loaders and actions receive a RouterContextProvider; the per-request gateway client lives there.
    v8_middleware: true,
  },
} satisfies Config;
