import type { PasswordRefusal, PasswordRefusalReason } from './assess-password.js';

const MESSAGES: Record<PasswordRefusalReason, (params: Record<string, string | number>) => string> = {
  PASSWORD_TOO_SHORT: ({ min }) => `Passordet må ha minst ${min} tegn.`,
  PASSWORD_TOO_LONG: ({ max }) => `Passordet kan ha høyst ${max} tegn.`,
  PASSWORD_TOO_COMMON: () => 'Passordet er blant de mest brukte og blir gjettet først. Velg et annet.',
  PASSWORD_TOO_GUESSABLE: () => 'Passordet er for lett å gjette. Bruk en lengre setning eller flere ord som ikke hører sammen.',
  PASSWORD_CONTAINS_PERSONAL_INFO: () => 'Passordet ligner på navnet eller e-postadressen din. Velg noe andre ikke kan gjette.',
};

/** Why a password was refused, in bokmål: for the API's message and the admin command. */
export function passwordRefusalMessage(refusal: PasswordRefusal): string {
  return MESSAGES[refusal.reason](refusal.params ?? {});
}
