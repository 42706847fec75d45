import { z } from 'zod';

// Zod compiles object parsers with `new Function` when it may, and probes for that the first
// time a schema is built. Our CSP has no 'unsafe-eval', so the browser refuses and reports a
// violation even though Zod falls back. Tell it up front; root.tsx imports this first so that
// it runs before any module builds a schema.
z.config({ jitless: true });
