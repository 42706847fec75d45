import type { PasswordRefusal } from '@selvhjelp/domain';
import { passwordRefusalMessage } from '@selvhjelp/domain';
import { refusedInput } from '../errors.js';
import type { GatewayError } from '../errors.js';

export function passwordRefused(field: string, refusal: PasswordRefusal): GatewayError {
  return refusedInput(field, passwordRefusalMessage(refusal), refusal.reason, refusal.params);
}
