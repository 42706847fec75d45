import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from '../app-link';
import type { SummaryError } from '../error-summary';
import type { FormErrors } from '../../gateway/form-errors';
import { useI18n } from '../../i18n/i18n-context';

/** The error summary's entries: the form's own messages, then one per field, linking to it. */
export function summaryOf<Field extends string>(
  errors: FormErrors<Field>,
  fields: readonly Field[],
  fieldId: (field: Field) => string,
  fieldLabel: (field: Field) => string,
): SummaryError[] {
  return [
    ...errors.form.map((message) => ({ message })),
    ...fields.flatMap((field) => {
      const message = errors.fields[field];
      return message ? [{ href: fieldId(field), message: `${fieldLabel(field)}: ${message}` }] : [];
    }),
  ];
}

/** A stale edit: what the user typed is still in the form; reloading shows what is saved now. */
export function ConflictAlert({ reloadHref }: { reloadHref: string }) {
  const { t } = useI18n();
  return (
    <Alert data-color="warning" role="alert">
      <Heading level={2} data-size="xs">
        {t('partners.conflict.heading')}
      </Heading>
      <Paragraph>{t('partners.conflict.body')}</Paragraph>
      <Paragraph>
        <AppLink to={reloadHref} reloadDocument>
          {t('partners.conflict.reload')}
        </AppLink>
      </Paragraph>
    </Alert>
  );
}

/** A success message after a redirect (`?melding=…`). */
export function NoticeAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert data-color="success" role="status">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
