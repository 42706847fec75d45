import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import type * as SchemaEngineRuntime from '@prisma/schema-engine-wasm/schema_engine_bg';
import { MigrationError } from '../errors.js';

/*
 * Prisma's schema engine (what `prisma migrate` runs natively), loaded from its WebAssembly
 * build. The package's own entry does `import * as wasm from "./schema_engine_bg.wasm"`, which
 * Node cannot import, so we instantiate the module ourselves (recipe in README.md).
 */

type Runtime = typeof SchemaEngineRuntime;

// Our tsconfig has no DOM lib and @types/node declares WebAssembly types only: describe the two
// constructors we use.
const { WebAssembly } = globalThis as unknown as {
  WebAssembly: {
    Module: new (bytes: Uint8Array) => object;
    Instance: new (module: object, imports: Record<string, unknown>) => { exports: Record<string, unknown> };
  };
};

let runtimePromise: Promise<Runtime> | undefined;

async function loadRuntime(): Promise<Runtime> {
  const require = createRequire(import.meta.url);
  // The .wasm file is not in the package's "exports": find it beside the main file.
  const packageDir = dirname(require.resolve('@prisma/schema-engine-wasm'));
  const runtime = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const module = new WebAssembly.Module(readFileSync(join(packageDir, 'schema_engine_bg.wasm')));
  // The engine arms timers (operation time limits) through the imported setTimeout and does not
  // always clear them: a finished `db:migrate` then sat for ten seconds before exiting. Unref'd
  // timers still fire while the process is busy but do not keep it alive.
  const imports: Record<string, unknown> = { ...runtime };
  for (const name of Object.keys(imports).filter((key) => key.startsWith('__wbg_setTimeout_'))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  const instance = new WebAssembly.Instance(module, { './schema_engine_bg.js': imports });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return runtime;
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

export interface EngineLogEntry {
  level: string;
  message: string;
}

/**
 * Runs `work` with a schema engine bound to `factory`; frees the engine afterwards. Engine
 * failures become MigrationError with the engine's own message.
 */
export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string } | null,
  work: (engine: SchemaEngine) => Promise<T>,
  onLog?: (entry: EngineLogEntry) => void,
): Promise<T> {
  runtimePromise ??= loadRuntime();
  const runtime = await runtimePromise;
  const log = (line: string) => {
    if (!onLog) return;
    try {
      const parsed = JSON.parse(line) as { level?: string; fields?: { message?: string } };
      onLog({ level: parsed.level ?? 'INFO', message: parsed.fields?.message ?? line });
    } catch {
      onLog({ level: 'INFO', message: line });
    }
  };
  let engine: SchemaEngine;
  try {
    engine = await runtime.SchemaEngine.new(
      { datamodels: schema ? [[schema.path, schema.content]] : undefined },
      log,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
  } catch (error) {
    throw asMigrationError(error);
  }
  try {
    return await work(engine);
  } catch (error) {
    throw asMigrationError(error);
  } finally {
    engine.free();
  }
}

function asMigrationError(error: unknown): Error {
  if (error instanceof MigrationError) return error;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
  return new MigrationError(message, { cause: error });
}
