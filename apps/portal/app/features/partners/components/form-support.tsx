import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { SummaryError } from '../../../shared/forms/error-summary';
import type { FormErrors } from '../../../shared/forms/form-errors';

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

/** A success message after a redirect (`?melding=…`). */
export function NoticeAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert data-color="success" role="status">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
