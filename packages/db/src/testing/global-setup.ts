import { prepareTestTemplates } from './templates.js';

/** Vitest `globalSetup` of this package: the run's empty template databases (see templates.ts). */
export default function setup(): Promise<() => Promise<void>> {
  return prepareTestTemplates({ demo: false });
}
