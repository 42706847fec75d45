import { DEFAULT_LOCALE } from '../messages/refusal.js';
import { renderMessage } from '../messages/catalogue.js';
import type { PasswordRefusal } from './assess-password.js';

/** Why a password was refused, in bokmål: for the admin command (the API renders in the reader's language). */
export function passwordRefusalMessage(refusal: PasswordRefusal): string {
  return renderMessage(refusal.reason, refusal.params, DEFAULT_LOCALE);
}
