import type { Config } from '@react-router/dev/config';

export default {
  ssr: true,
  future: {
    // Loaders and actions receive a RouterContextProvider; the per-request gateway client lives there.
    v8_middleware: true,
  },
} satisfies Config;
