import type { PasswordRefusal } from '@selvhjelp/domain';
import { refusal } from '@selvhjelp/domain';
import type { GatewayError } from '../kernel/errors.js';
import { refused } from '../kernel/errors.js';

export function passwordRefused(field: string, value: PasswordRefusal): GatewayError {
  return refused(refusal(value.reason, field, value.params));
}
