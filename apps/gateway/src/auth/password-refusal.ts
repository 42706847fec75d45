import type { PasswordRefusal } from '@selvhjelp/domain';
import { passwordRefusalMessage } from '@selvhjelp/domain';
import { refusedInput } from '../kernel/errors.js';
import type { GatewayError } from '../kernel/errors.js';

export function passwordRefused(field: string, refusal: PasswordRefusal): GatewayError {
  return refusedInput(field, passwordRefusalMessage(refusal), refusal.reason, refusal.params);
}
