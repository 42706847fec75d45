import type { GatewayError } from '../gateway/errors';

/** Errors to show in a form: one message per field name, and those that belong to no field. */
export interface FormErrors<Field extends string = string> {
  fields: Partial<Record<Field, string>>;
  form: string[];
}

export function emptyFormErrors<Field extends string>(): FormErrors<Field> {
  return { fields: {}, form: [] };
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.form.length > 0 || Object.keys(errors.fields).length > 0;
}

/**
 * Places the gateway's BAD_USER_INPUT messages next to the form's fields. The gateway names
 * a field by its path in the operation (`input.districtId`, `email`); `fieldMap` maps those
 * paths to the form's input names where they differ; otherwise the last path segment is
 * tried. The first message per field wins; anything unplaced goes to the form level.
 */
export function fieldErrorsFromGateway<Field extends string>(
  error: GatewayError,
  formFields: readonly Field[],
  fieldMap: Readonly<Record<string, Field>> = {},
): FormErrors<Field> {
  const result = emptyFormErrors<Field>();
  const isField = (name: string | undefined): name is Field =>
    name !== undefined && (formFields as readonly string[]).includes(name);
  for (const { field, message } of error.fieldErrors) {
    const mapped = fieldMap[field] ?? field.split('.').at(-1);
    if (isField(mapped)) {
      result.fields[mapped] ??= message;
    } else if (!result.form.includes(message)) {
      result.form.push(message);
    }
  }
  if (error.fieldErrors.length === 0) result.form.push(error.message);
  return result;
}
