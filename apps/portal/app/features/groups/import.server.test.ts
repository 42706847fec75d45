import { describe, expect, it } from 'vitest';
import { fromGraphQLErrors } from '../../shared/gateway/errors';
import { actionData, districtActionContext, formPost } from '../../shared/forms/action-test-support';
import type { ImportActionData, ImportResult } from './import.server';
import { importAction } from './import.server';

const csv = 'navn;kommune\nSorggruppe;4601\nUten kommune;\n';

const dryRun: ImportResult = {
  dryRun: true,
  committed: false,
  validCount: 1,
  invalidCount: 1,
  duplicateCount: 0,
  createdCount: 0,
  rows: [
    { line: 2, name: 'Sorggruppe', municipalityName: 'Bergen', valid: true, duplicate: false, errors: [] },
    {
      line: 3,
      name: 'Uten kommune',
      municipalityName: null,
      valid: false,
      duplicate: false,
      errors: [{ column: 'kommune', message: 'Velg kommune.', reason: 'MUNICIPALITY_REQUIRED', params: [] }],
    },
  ],
};

/** The gateway: a dry run answers the preview; writing with invalid rows left in is refused, as the real one does. */
function gatewayAnswer(variables: unknown) {
  const { input } = variables as { input: { dryRun: boolean; skipInvalid: boolean } };
  if (input.dryRun) return { importGroups: dryRun };
  if (!input.skipInvalid) {
    throw fromGraphQLErrors([
      {
        message: '1 rader har feil. Rett dem, eller velg å hoppe over dem.',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'input.skipInvalid',
          reason: 'CSV_ROWS_INVALID',
          params: { count: 1 },
        },
      },
    ]);
  }
  return { importGroups: { ...dryRun, dryRun: false, committed: true, createdCount: 1 } };
}

describe('importAction', () => {
  it('confirming without ticking "skip the invalid rows" keeps the preview and says so next to the checkbox', async () => {
    const { context } = districtActionContext('en', gatewayAnswer);
    const result = actionData<ImportActionData>(
      await importAction(formPost({ intent: 'commit', csv, fileName: 'grupper.csv' }, 'multipart'), context),
    );
    expect(result.step).toBe('checked');
    if (result.step !== 'checked') return;
    expect(result.result.rows).toHaveLength(2);
    expect(result.csv).toBe(csv);
    expect(result.errors?.skipInvalid).toBe('1 rows have errors. Fix them, or choose to skip them.');
  });

  it('imports the valid rows when the box is ticked', async () => {
    const { context } = districtActionContext('nb', gatewayAnswer);
    const result = actionData<ImportActionData>(
      await importAction(formPost({ intent: 'commit', csv, skipInvalid: 'true' }, 'multipart'), context),
    );
    expect(result).toMatchObject({ step: 'done', result: { committed: true, createdCount: 1 } });
  });
});
