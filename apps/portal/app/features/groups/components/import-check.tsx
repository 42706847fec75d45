import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, useNavigation } from 'react-router';
import { ImportRows } from './import-rows';
import { CheckboxField } from '../../../shared/forms/choice-fields';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { ImportChoice, ImportResult } from '../import.server';

/**
 * What the dry run found, and a confirm form carrying the same CSV back, so nothing is kept
 * on the server between the two steps.
 */
export function ImportCheck({
  fileName,
  csv,
  result,
  errors = {},
}: {
  fileName: string;
  csv: string;
  result: ImportResult;
  /** Why the last confirm was refused, next to the checkbox to tick. */
  errors?: Partial<Record<ImportChoice, string>> | undefined;
}) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const newRows = result.validCount - result.duplicateCount;
  return (
    <section aria-labelledby="import-check-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="import-check-heading">
        {t('groups.import.fileName', { name: fileName })}
      </Heading>
      <Paragraph role="status" data-testid="import-summary">
        {t('groups.import.summary', { valid: result.validCount, invalid: result.invalidCount })}
        {result.duplicateCount > 0 ? ` ${t('groups.import.duplicateSummary', { count: result.duplicateCount })}` : null}
      </Paragraph>
      <ImportRows rows={result.rows} />
      {result.validCount === 0 ? (
        <Alert data-color="warning">
          <Paragraph>{t('groups.import.nothingValid')}</Paragraph>
        </Alert>
      ) : (
        <Form method="post" className="portal-form" aria-labelledby="import-confirm-heading">
          <Heading level={3} data-size="xs" id="import-confirm-heading">
            {t('groups.import.confirmHeading')}
          </Heading>
          <input type="hidden" name="intent" value="commit" />
          <input type="hidden" name="csv" value={csv} />
          <input type="hidden" name="fileName" value={fileName} />
          {result.invalidCount > 0 ? (
            <CheckboxField
              id="import-skip-invalid"
              name="skipInvalid"
              label={t('groups.import.skipInvalid', { count: result.invalidCount })}
              description={t('groups.import.mustSkip')}
              error={errors.skipInvalid}
            />
          ) : null}
          {result.duplicateCount > 0 ? (
            <CheckboxField
              id="import-duplicates"
              name="importDuplicates"
              label={t('groups.import.importDuplicates', { count: result.duplicateCount })}
              description={t('groups.import.duplicatesHint')}
              error={errors.importDuplicates}
            />
          ) : null}
          <div>
            <Button type="submit" loading={navigation.state === 'submitting'}>
              {t('groups.import.confirm', { count: newRows })}
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}
