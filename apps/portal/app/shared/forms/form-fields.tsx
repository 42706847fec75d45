import {
  Alert,
  Heading,
  Input,
  Label,
  ListItem,
  ListUnordered,
  Paragraph,
  Select,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import type { ComponentProps, ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

// Labels, hints and errors are tied to their inputs with explicit ids, so forms are fully
// labelled in the server's HTML, without waiting for Designsystemet's scripts.

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  description?: string | undefined;
  /**
   * Marks the field as one that must be filled in: aria-required on the input, and a visible
   * marker after the label drawn by the stylesheet from it (the required-field rule in app.css), so
   * the label's text and the field's accessible name stay as they are.
   */
  required?: boolean | undefined;
}

export function describedBy(id: string, description?: string, error?: string): string | undefined {
  const ids = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldFrame({ id, label, error, description, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="ds-field">
      <Label htmlFor={id}>{label}</Label>
      {description ? (
        <Paragraph id={`${id}-description`} data-field="description" data-size="sm">
          {description}
        </Paragraph>
      ) : null}
      {children}
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </div>
  );
}

export function TextField({
  id,
  label,
  error,
  description,
  required,
  ...input
}: FieldProps & ComponentProps<typeof Input>) {
  return (
    <FieldFrame id={id} label={label} error={error} description={description}>
      <Input
        id={id}
        required={required}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        {...input}
      />
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** A select's options from a list of codes and the way to name each. */
export function optionsOf<T extends string | number>(codes: readonly T[], label: (code: T) => string): SelectOption[] {
  return codes.map((code) => ({ value: String(code), label: label(code) }));
}

/** Options from records by name: people, partners and districts by id, municipalities and counties by number. */
export function namedOptions(
  records: readonly ({ id: string; name: string } | { number: string; name: string })[],
): SelectOption[] {
  return records.map((record) => ({ value: 'id' in record ? record.id : record.number, label: record.name }));
}

export type SelectFieldProps = FieldProps &
  ComponentProps<typeof Select> & {
    /** The empty first choice ("Velg …", "Alle"), posting ''. */
    blank?: string | undefined;
    /** The choices after the blank one; `children` (optgroups and the like) follow them. */
    options?: readonly SelectOption[] | undefined;
  };

export function SelectField({
  id,
  label,
  error,
  description,
  required,
  blank,
  options,
  children,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} description={description}>
      <Select
        id={id}
        required={required}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        {...select}
      >
        {blank === undefined ? null : <option value="">{blank}</option>}
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </Select>
    </FieldFrame>
  );
}

export function TextareaField({
  id,
  label,
  error,
  description,
  required,
  ...textarea
}: FieldProps & ComponentProps<typeof Textarea>) {
  return (
    <FieldFrame id={id} label={label} error={error} description={description}>
      <Textarea
        id={id}
        required={required}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        {...textarea}
      />
    </FieldFrame>
  );
}

/** Errors that belong to no single field, shown above the form and announced. */
export function FormAlert({ messages, heading }: { messages: readonly string[]; heading?: string }) {
  const { t } = useI18n();
  if (messages.length === 0) return null;
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {heading ?? t('form.errorSummary')}
      </Heading>
      {messages.length === 1 ? (
        <Paragraph>{messages[0]}</Paragraph>
      ) : (
        <ListUnordered>
          {messages.map((message) => (
            <ListItem key={message}>{message}</ListItem>
          ))}
        </ListUnordered>
      )}
    </Alert>
  );
}
