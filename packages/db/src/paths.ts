import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// This module sits at src/paths.ts and, once built, at dist/paths.js: one level below the
// package root either way, so the same relative URL finds prisma/ from both.
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

export interface MigrationPaths {
  /** prisma/schema.prisma */
  schemaPath: string;
  /** prisma/migrations (one folder per migration plus migration_lock.toml) */
  migrationsDir: string;
}

export function defaultMigrationPaths(): MigrationPaths {
  return {
    schemaPath: join(packageRoot, 'prisma', 'schema.prisma'),
    migrationsDir: join(packageRoot, 'prisma', 'migrations'),
  };
}

/** The workspace root (the folder holding pnpm-workspace.yaml), or null outside the monorepo. */
export function findRepoRoot(start: string = packageRoot): string | null {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Where the embedded database lives when nothing else is configured: `<repo root>/.data/pglite`,
 * so every app of the workspace (gateway, CLI, scripts) finds the same folder whatever its cwd.
 */
export function defaultPgliteDataDir(): string {
  return join(findRepoRoot() ?? process.cwd(), '.data', 'pglite');
}

/**
 * PGLITE_DATA_DIR as configured: `memory://…` and absolute paths as they are, a relative path
 * against the repo root (like the default), so the gateway, the CLI and scripts agree whatever
 * directory they were started from. Unset: the default folder.
 */
export function resolvePgliteDataDir(configured: string | undefined): string {
  if (!configured) return defaultPgliteDataDir();
  if (configured.startsWith('memory://') || isAbsolute(configured)) return configured;
  return resolve(findRepoRoot() ?? process.cwd(), configured);
}
