// pnpm db:migrate:new <name> — writes a migration for the changes in prisma/schema.prisma
// (what `prisma migrate dev --create-only` does). Touches no database: the history is replayed
// into a scratch in-memory PGlite. Apply it afterwards with `pnpm db:migrate`.
import { relative } from 'node:path';
import { createMigration } from '../migrations/engine.js';
import { runCli } from './env.js';

runCli(async () => {
  // pnpm may pass a literal "--" before the arguments.
  const [name, ...rest] = process.argv.slice(2).filter((arg) => arg !== '--');
  if (!name || rest.length > 0) {
    console.error('Usage: pnpm db:migrate:new <name>   e.g. pnpm db:migrate:new add_group_table');
    return 1;
  }
  const result = await createMigration(name);
  if (result.status === 'no-changes') {
    console.log('No schema changes: prisma/schema.prisma matches the migration history. Nothing written.');
    return 0;
  }
  console.log(`Created ${relative(process.cwd(), result.directory)}/migration.sql:\n`);
  console.log(result.sql.trim());
  console.log('\nReview it, then run `pnpm db:migrate` to apply it.');
  return 0;
});
