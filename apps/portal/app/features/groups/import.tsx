import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, useNavigation } from 'react-router';
import type { Route } from './+types/import';
import { importAction, loadImportPage } from './import.server';
import { AppLink } from '../../shared/ui/app-link';
import { FormAlert, TextField } from '../../shared/forms/form-fields';
import { CsvColumns } from './components/csv-columns';
import { ImportCheck } from './components/import-check';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ context }: Route.LoaderArgs) {
  return loadImportPage(context);
}

export function action({ request, context }: Route.ActionArgs) {
  return importAction(request, context);
}

export default function ImportPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const { portal, maxBytes } = loaderData;
  const base = portalPath(portal, 'grupper');
  const megabytes = Math.round(maxBytes / (1024 * 1024));
  const done = actionData?.step === 'done' ? actionData : undefined;
  return (
    <div className="portal-stack">
      <PageTitle>{t('groups.import.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('groups.import.heading')}
      </Heading>
      {done ? (
        <Alert data-color={done.result.committed ? 'success' : 'warning'} role="status" data-testid="import-done">
          <Paragraph>
            {done.result.committed
              ? t('groups.import.created', { count: done.result.createdCount })
              : `${t('groups.import.notCommitted')} ${t('groups.import.summary', { valid: done.result.validCount, invalid: done.result.invalidCount })}`}
          </Paragraph>
          <Paragraph>
            <AppLink to={base}>{t('groups.import.toList')}</AppLink>
          </Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t('groups.import.intro')}</Paragraph>
      <Form method="post" encType="multipart/form-data" className="portal-form" aria-label={t('groups.import.heading')}>
        <FormAlert
          messages={actionData?.step === 'failed' ? actionData.messages : []}
          heading={t('groups.import.failed')}
        />
        <input type="hidden" name="intent" value="check" />
        <TextField
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          label={t('groups.import.file')}
          description={t('groups.import.fileHint', { megabytes })}
          required
        />
        <div>
          <Button
            type="submit"
            variant={actionData?.step === 'checked' ? 'secondary' : 'primary'}
            loading={navigation.state === 'submitting'}
          >
            {t('groups.import.check')}
          </Button>
        </div>
      </Form>
      {actionData?.step === 'checked' ? (
        <ImportCheck
          fileName={actionData.fileName}
          csv={actionData.csv}
          result={actionData.result}
          errors={actionData.errors}
        />
      ) : null}
      <CsvColumns />
    </div>
  );
}
