import { ErrorSummary } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/i18n-context';
import type { FormErrors } from './form-errors';

export interface SummaryError {
  /** The id of the field to jump to; none for errors of the whole form. */
  href?: string;
  message: string;
}

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

/**
 * Every error of a form at its top, each linking to its field. Designsystemet's element
 * focuses itself when it appears; without JavaScript it is the first thing of the page's form.
 */
export function FormErrorSummary({
  errors,
  heading,
  id = 'error-summary',
}: {
  errors: readonly SummaryError[];
  heading?: string;
  id?: string;
}) {
  const { t } = useI18n();
  if (errors.length === 0) return null;
  return (
    <ErrorSummary tabIndex={-1} role="group" aria-labelledby={`${id}-heading`} id={id}>
      <ErrorSummary.Heading level={2} data-size="xs" id={`${id}-heading`}>
        {heading ?? t('form.errorSummary')}
      </ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((error) => (
          <ErrorSummary.Item key={`${error.href ?? ''}:${error.message}`}>
            {error.href ? (
              <ErrorSummary.Link href={`#${error.href}`}>{error.message}</ErrorSummary.Link>
            ) : (
              error.message
            )}
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
