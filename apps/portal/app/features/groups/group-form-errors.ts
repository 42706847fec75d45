import type { GatewayError } from '../../shared/gateway/errors';
import type { FormErrors } from '../../shared/forms/form-errors';
import type { GroupFormField } from './group-form';
import { groupFieldOfPath } from './group-form';

/**
 * Apollo's variable coercion errors (a date the Date scalar refuses) name the path only in the
 * text: `… at "input.group.schedule.dates[1]"; …` → `input.group.schedule.dates.1`.
 */
export function variablePath(message: string): string {
  const path = /at "([\w.[\]]+)"/.exec(message)?.[1] ?? '';
  return path.replace(/\[(\d+)\]/g, '.$1');
}

/** The readable part of a coercion error: `"1.2.2026": Ugyldig dato; bruk ÅÅÅÅ-MM-DD.` */
export function variableMessage(message: string): string {
  const match = /^Variable "\$\w+" got invalid value (.*?)(?: at "[^"]+")?; (.+)$/s.exec(message);
  return match ? `${match[1]}: ${match[2]}` : message;
}

/**
 * BAD_USER_INPUT next to the fields named by the gateway's paths (the first message per field
 * wins); anything that names no field of the form goes to the summary at the top.
 */
export function groupFormErrors(error: GatewayError): FormErrors<GroupFormField> {
  const errors: FormErrors<GroupFormField> = { fields: {}, form: [] };
  const listed =
    error.fieldErrors.length > 0
      ? error.fieldErrors
      : [{ field: variablePath(error.message), message: variableMessage(error.message) }];
  for (const { field, message } of listed) {
    const formField = groupFieldOfPath(field);
    if (formField) errors.fields[formField] ??= message;
    else if (!errors.form.includes(message)) errors.form.push(message);
  }
  return errors;
}
