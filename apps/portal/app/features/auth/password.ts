import type { GatewayError } from '../../shared/gateway/errors';
import type { MessageKey, Translate } from '../../shared/i18n/i18n';

/** Form hint for new passwords; the gateway has the rule and says so when one does not fit. */
export const PASSWORD_MIN_LENGTH = 10;

const REFUSALS = {
  PASSWORD_TOO_SHORT: 'newPassword.refused.PASSWORD_TOO_SHORT',
  PASSWORD_TOO_LONG: 'newPassword.refused.PASSWORD_TOO_LONG',
  PASSWORD_TOO_COMMON: 'newPassword.refused.PASSWORD_TOO_COMMON',
  PASSWORD_TOO_GUESSABLE: 'newPassword.refused.PASSWORD_TOO_GUESSABLE',
  PASSWORD_CONTAINS_PERSONAL_INFO: 'newPassword.refused.PASSWORD_CONTAINS_PERSONAL_INFO',
} as const satisfies Record<string, MessageKey>;

/**
 * Why the gateway refused a new password, in the reader's language; null when the error is
 * not a password refusal (the gateway's own message is shown then).
 */
export function passwordRefusalMessage(error: GatewayError, t: Translate): string | null {
  const { reason, params } = error.extensions;
  if (typeof reason !== 'string' || !Object.hasOwn(REFUSALS, reason)) return null;
  const values = typeof params === 'object' && params !== null ? (params as Record<string, string | number>) : {};
  return t(REFUSALS[reason as keyof typeof REFUSALS], values);
}
