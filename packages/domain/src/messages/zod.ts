import { z } from 'zod';
import { isKnownReason, renderRefusal } from './catalogue.js';
import type { Locale } from './refusal.js';
import { DEFAULT_LOCALE } from './refusal.js';
import type { Refusal } from './refusal.js';
import { refusal } from './refusal.js';

/**
 * The one error map from zod to refusals. Our schemas name a reason as their issue message
 * (`{ message: 'ORGANISATION_NUMBER_CHECK_DIGIT' }`, custom issues may add `params`); issues
 * zod raises on its own (too long, wrong type, …) get a common reason with zod's bounds as params.
 */
export function refusalOfZodIssue(issue: z.core.$ZodIssue, prefix?: string): Refusal {
  const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || undefined;
  const custom =
    issue.code === 'custom' ? ((issue as { params?: Record<string, string | number> }).params ?? undefined) : undefined;
  // A named reason on a bound zod checks itself (`.max(200, { message: 'NAME_TOO_LONG' })`) keeps the bound as a param.
  if (isKnownReason(issue.message) || /^[A-Z][A-Z0-9_]+$/.test(issue.message))
    return refusal(issue.message, field, custom ?? builtInParams(issue));
  // A text a schema wrote that is not a reason yet reads as it is (renderMessage passes it through).
  if (isSchemaText(issue)) return refusal(issue.message, field, custom);
  const reason = builtInReason(issue);
  return refusal(reason, field, reason === 'REQUIRED' ? undefined : builtInParams(issue));
}

const zodDefaults = z.locales.en().localeError;

/** Whether the issue's message was written by our schema rather than zod's own (English) wording. */
function isSchemaText(issue: z.core.$ZodIssue): boolean {
  const made = zodDefaults(issue as never);
  const text = typeof made === 'string' ? made : made?.message;
  if (!text) return true;
  // zod words from the input, which the finished issue no longer carries: compare up to the colon.
  return issue.message !== text && !issue.message.startsWith(`${text.split(':')[0]}:`);
}

export function refusalsOfZodError(error: z.ZodError, prefix?: string): Refusal[] {
  return error.issues.map((issue) => refusalOfZodIssue(issue, prefix));
}

function builtInReason(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'REQUIRED' : 'TOO_SHORT';
      if (issue.origin === 'array' || issue.origin === 'set') return 'TOO_FEW';
      return 'TOO_SMALL';
    case 'too_big':
      if (issue.origin === 'string') return 'TOO_LONG';
      if (issue.origin === 'array' || issue.origin === 'set') return 'TOO_MANY';
      return 'TOO_BIG';
    case 'invalid_type':
      if (issue.expected === 'int') return 'NOT_AN_INTEGER';
      return issue.input === undefined || issue.input === null ? 'REQUIRED' : 'INVALID_VALUE';
    case 'invalid_value':
      return 'INVALID_CHOICE';
    case 'invalid_format':
      if (issue.format === 'email') return 'INVALID_EMAIL';
      if (issue.format === 'url') return 'INVALID_URL';
      if (issue.format === 'date') return 'INVALID_DATE';
      return 'INVALID_VALUE';
    default:
      return 'INVALID_VALUE';
  }
}

function builtInParams(issue: z.core.$ZodIssue): Record<string, string | number> | undefined {
  if (issue.code === 'too_small') return { minimum: Number(issue.minimum) };
  if (issue.code === 'too_big') return { maximum: Number(issue.maximum) };
  return undefined;
}

/** The text of one issue in the reader's language (bokmål unless asked), as a form or a CSV report shows it. */
export const messageOfZodIssue = (issue: z.core.$ZodIssue, locale: Locale = DEFAULT_LOCALE): string =>
  renderRefusal(refusalOfZodIssue(issue), locale);

/** A refusal as a custom zod issue's fields (its reason as the message, its params), for `ctx.addIssue`. */
export const refusalIssue = (value: Refusal): { message: string; params?: Record<string, string | number> } => ({
  message: value.reason,
  ...(value.params ? { params: { ...value.params } } : {}),
});
