// Prisma 7 reads this for `prisma generate`. Migrations do not go through the Prisma CLI
// (it needs a native schema engine we cannot download); see src/migrations/engine.ts.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
