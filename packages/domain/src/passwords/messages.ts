import { defineMessages } from '../messages/define.js';

/** Why a password was refused; `min` and `max` are the length limits. */
export const PASSWORD_MESSAGES = defineMessages({
  PASSWORD_TOO_SHORT: {
    nb: 'Passordet må ha minst {min} tegn.',
    en: 'The password must have at least {min} characters.',
  },
  PASSWORD_TOO_LONG: {
    nb: 'Passordet kan ha høyst {max} tegn.',
    en: 'The password can have at most {max} characters.',
  },
  PASSWORD_TOO_COMMON: {
    nb: 'Passordet er blant de mest brukte og blir gjettet først. Velg et annet.',
    en: 'The password is among the most used and is guessed first. Choose another.',
  },
  PASSWORD_TOO_GUESSABLE: {
    nb: 'Passordet er for lett å gjette. Bruk en lengre setning eller flere ord som ikke hører sammen.',
    en: 'The password is too easy to guess. Use a longer sentence or several words that do not belong together.',
  },
  PASSWORD_CONTAINS_PERSONAL_INFO: {
    nb: 'Passordet ligner på navnet eller e-postadressen din. Velg noe andre ikke kan gjette.',
    en: 'The password resembles your name or email address. Choose something others cannot guess.',
  },
});
