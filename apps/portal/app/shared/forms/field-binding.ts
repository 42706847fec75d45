import type { FormErrors } from './form-errors';

// Every field of a form is wired the same way: its id (which the error summary links to), its
// input name, its label, what was typed (kept after an error) and its error. A form names that
// wiring once, with bindFields, and each field takes it with a spread:
// `<TextField {...field.text('title')} required />`. What differs per field (required, a hint,
// the input's type, autocomplete) stays on the field, where the reader sees it.

/** How one form names its fields: ids, labels, the values to show again, and the errors. */
export interface FieldSource<Values extends object, Field extends string> {
  values: Values;
  /** The fields are those `id` and `label` name; the errors may name fewer (a checkbox never refused). */
  errors?: FormErrors<NoInfer<Field>> | undefined;
  id: (field: Field) => string;
  label: (field: Field) => string;
}

/** The names of `Values` whose value is a `T` (text inputs take strings, checkboxes booleans). */
type NamesOf<Values, T> = { [K in keyof Values]-?: Values[K] extends T ? K : never }[keyof Values] & string;

/** What a text input, select or textarea takes from its form: `defaultValue` is what was typed ('' when nothing). */
export interface BoundText {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  error: string | undefined;
}

export interface FieldBinding<Values extends object, Field extends string> {
  text: (field: NamesOf<Values, string | undefined> & Field) => BoundText;
  /** A password: what was typed is never sent back, so it has no value to show. */
  secret: (field: Field) => Omit<BoundText, 'defaultValue'>;
  /** A checkbox of its own, ticked as it was posted. */
  check: (field: NamesOf<Values, boolean> & Field) => {
    id: string;
    name: string;
    label: string;
    defaultChecked: boolean;
    error: string | undefined;
  };
  /** A group of radios or checkboxes under its legend: the chosen value, or the ticked ones. */
  choice: (field: NamesOf<Values, string | readonly string[]> & Field) => {
    id: string;
    name: string;
    legend: string;
    selected: readonly string[];
    error: string | undefined;
  };
}

export function bindFields<Values extends object, Field extends string>({
  values,
  errors,
  id,
  label,
}: FieldSource<Values, Field>): FieldBinding<Values, Field> {
  const valueOf = (field: Field): unknown => (values as Record<string, unknown>)[field];
  const common = (field: Field) => ({ id: id(field), name: field, error: errors?.fields[field] });
  return {
    text: (field) => {
      const value = valueOf(field);
      return { ...common(field), label: label(field), defaultValue: typeof value === 'string' ? value : '' };
    },
    secret: (field) => ({ ...common(field), label: label(field) }),
    check: (field) => ({ ...common(field), label: label(field), defaultChecked: valueOf(field) === true }),
    choice: (field) => {
      const value = valueOf(field);
      const selected = Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
      return { ...common(field), legend: label(field), selected: typeof value === 'string' ? [value] : selected };
    },
  };
}
