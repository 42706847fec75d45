import type { PasswordRefusal } from '@selvhjelp/domain';
import { refusedInput } from '../errors.js';
import type { GatewayError } from '../errors.js';

const MESSAGES: Record<PasswordRefusal['reason'], (params: Record<string, string | number>) => string> = {
  PASSWORD_TOO_SHORT: ({ min }) => `Passordet må ha minst ${min} tegn.`,
  PASSWORD_TOO_LONG: ({ max }) => `Passordet kan ha høyst ${max} tegn.`,
  PASSWORD_TOO_COMMON: () => 'Passordet er blant de mest brukte og blir gjettet først. Velg et annet.',
  PASSWORD_TOO_GUESSABLE: () => 'Passordet er for lett å gjette. Bruk en lengre setning eller flere ord som ikke hører sammen.',
  PASSWORD_CONTAINS_PERSONAL_INFO: () => 'Passordet ligner på navnet eller e-postadressen din. Velg noe andre ikke kan gjette.',
};

export function passwordRefused(field: string, refusal: PasswordRefusal): GatewayError {
  const params = refusal.params ?? {};
  return refusedInput(field, MESSAGES[refusal.reason](params), refusal.reason, refusal.params);
}
