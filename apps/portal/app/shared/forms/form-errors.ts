import { isKnownReason, refusalsOfZodError, renderMessage } from '@selvhjelp/domain';
import type { Refusal, RefusalParams } from '@selvhjelp/domain';
import type { GatewayError } from '../gateway/errors';
import type { Lang } from '../i18n/i18n';
import { DEFAULT_LANG } from '../i18n/i18n';

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

/** A form's own reading of a gateway path; undefined or null falls back to the path's last name. */
export type FieldOfPath<Field extends string> = (path: string) => Field | null | undefined;

export interface GatewayFormErrorOptions<Field extends string> {
  /** The form's input names; a path whose last name (list indexes left out) is one lands there. */
  fields?: readonly Field[];
  /** Where a path does not end in its input's name: a table of paths, or the form's own reading. */
  fieldOf?: Readonly<Record<string, Field>> | FieldOfPath<Field>;
  /** The page's language: a message the gateway sent with a known reason is shown in it. */
  lang?: Lang;
  /** The form's own checks, so both are reported in one round; a local message wins per field. */
  local?: FormErrors<Field>;
}

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

/** The reason's text in the page's language; the gateway's own text for reasons the catalogue lacks. */
export function messageOf(
  entry: { message: string; reason?: string | undefined; params?: RefusalParams | undefined },
  lang: Lang,
): string {
  return entry.reason && isKnownReason(entry.reason) ? renderMessage(entry.reason, entry.params, lang) : entry.message;
}

/** A refusal shown as one message (a row action, a button): its reason's text, else the gateway's. */
export function gatewayMessage(error: GatewayError, lang: Lang = DEFAULT_LANG): string {
  const reason = typeof error.extensions.reason === 'string' ? error.extensions.reason : undefined;
  return messageOf(
    { message: error.message, reason, params: (error.extensions.params ?? undefined) as RefusalParams | undefined },
    lang,
  );
}

function fieldResolver<Field extends string>({ fields = [], fieldOf }: GatewayFormErrorOptions<Field>) {
  const isField = (name: string | undefined): name is Field =>
    name !== undefined && (fields as readonly string[]).includes(name);
  return (path: string): Field | null => {
    const own = typeof fieldOf === 'function' ? fieldOf(path) : fieldOf?.[path];
    if (own) return own;
    const last = path
      .split('.')
      .filter((segment) => segment !== '' && !/^\d+$/.test(segment))
      .at(-1);
    return isField(last) ? last : null;
  };
}

/**
 * The one mapping from a gateway BAD_USER_INPUT (and the form's own checks) to the errors a
 * form shows: each of the gateway's `fieldErrors` next to the input its path names (the first
 * message per input wins), anything that names no input in the summary above the form. A
 * variable error names its path only in its text; that is read too.
 */
export function formErrorsFromGateway<Field extends string>(
  error: GatewayError,
  options: GatewayFormErrorOptions<Field> = {},
): FormErrors<Field> {
  const lang = options.lang ?? DEFAULT_LANG;
  const listed =
    error.fieldErrors.length > 0
      ? error.fieldErrors
      : [{ field: variablePath(error.message), message: variableMessage(gatewayMessage(error, lang)) }];
  return mergeFormErrors(listed, options);
}

/**
 * The domain's refusals for what the form would send, merged with the form's own checks, so a
 * form that stops before the gateway still reports every rule the gateway would (one round).
 */
export function formErrorsFromRefusals<Field extends string>(
  refusals: readonly Refusal[],
  options: GatewayFormErrorOptions<Field> = {},
): FormErrors<Field> {
  return mergeFormErrors(
    refusals.map(({ reason, field, params }) => ({ field: field ?? '', message: reason, reason, params })),
    options,
  );
}

/** A domain zod schema run over the form's draft input: its refusals merged with the local checks. */
export function formErrorsFromSchema<Field extends string>(
  schema: {
    safeParse(input: unknown): { success: true } | { success: false; error: Parameters<typeof refusalsOfZodError>[0] };
  },
  input: unknown,
  options: GatewayFormErrorOptions<Field> = {},
): FormErrors<Field> {
  const parsed = schema.safeParse(input);
  return formErrorsFromRefusals(parsed.success ? [] : refusalsOfZodError(parsed.error), options);
}

function mergeFormErrors<Field extends string>(
  listed: readonly {
    field: string;
    message: string;
    reason?: string | undefined;
    params?: RefusalParams | undefined;
  }[],
  options: GatewayFormErrorOptions<Field>,
): FormErrors<Field> {
  const lang = options.lang ?? DEFAULT_LANG;
  const fieldOfPath = fieldResolver(options);
  const result: FormErrors<Field> = { fields: { ...options.local?.fields }, form: [...(options.local?.form ?? [])] };
  for (const entry of listed) {
    const message = messageOf(entry, lang);
    const field = fieldOfPath(entry.field);
    if (field) result.fields[field] ??= message;
    else if (!result.form.includes(message)) result.form.push(message);
  }
  return result;
}
