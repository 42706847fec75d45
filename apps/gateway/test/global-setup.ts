import { prepareTestTemplates } from '@selvhjelp/db/testing';

/** Vitest `globalSetup`: the run's template databases, demo-seeded ones too (see @selvhjelp/db's testing/templates.ts). */
export default function setup(): Promise<() => Promise<void>> {
  return prepareTestTemplates({ demo: true });
}
