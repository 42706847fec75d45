import { defineMessages } from '../messages/define.js';

const numbersIn = (value: unknown, or: string) =>
  (typeof value === 'string' || typeof value === 'number' ? String(value) : '').split(',').join(` ${or} `);

/**
 * Why a group import file, or one of its rows, was refused. Values from the file are quoted as
 * written; the words the file may use (idé, ukentlig, …) are the bokmål ones in either language.
 */
export const GROUP_CSV_MESSAGES = defineMessages({
  CSV_EMPTY_FILE: { nb: 'Filen er tom.', en: 'The file is empty.' },
  CSV_UNTERMINATED_QUOTE: {
    nb: 'Anførselstegnet som åpnes på linje {line}, lukkes aldri.',
    en: 'The quotation mark opened on line {line} is never closed.',
  },
  CSV_TOO_MANY_ROWS: {
    nb: 'Filen har {count} rader; høyst {maximum} kan importeres om gangen. Del den opp.',
    en: 'The file has {count} rows; at most {maximum} can be imported at a time. Split it up.',
  },
  CSV_UNKNOWN_COLUMN: { nb: 'Ukjent kolonne «{title}».', en: 'Unknown column “{title}”.' },
  CSV_DUPLICATE_COLUMN: {
    nb: 'Kolonnen «{title}» finnes flere ganger.',
    en: 'The column “{title}” appears more than once.',
  },
  CSV_MISSING_COLUMN: { nb: 'Kolonnen «{title}» mangler.', en: 'The column “{title}” is missing.' },
  CSV_YES_OR_NO: { nb: 'Skriv ja eller nei.', en: 'Write ja (yes) or nei (no).' },
  CSV_UNKNOWN_STATUS: {
    nb: 'Ukjent status «{value}». Bruk idé, under oppstart, i gang eller pause.',
    en: 'Unknown status “{value}”. Use idé, under oppstart, i gang or pause.',
  },
  CSV_CLOSED_GROUP: { nb: 'Avsluttede grupper kan ikke importeres.', en: 'Closed groups cannot be imported.' },
  CSV_UNKNOWN_TARGET_GROUP: {
    nb: 'Ukjent målgruppe «{value}». Bruk berørte, pårørende eller begge.',
    en: 'Unknown target group “{value}”. Use berørte, pårørende or begge.',
  },
  CSV_UNKNOWN_FORMAT: {
    nb: 'Ukjent format «{value}». Bruk fysisk, nett eller hybrid.',
    en: 'Unknown format “{value}”. Use fysisk, nett or hybrid.',
  },
  CSV_UNKNOWN_SCHEDULE: {
    nb: 'Ukjent frekvens «{value}». Bruk ukentlig, annenhver uke, månedlig eller uregelmessig.',
    en: 'Unknown frequency “{value}”. Use ukentlig, annenhver uke, månedlig or uregelmessig.',
  },
  CSV_UNKNOWN_WEEKDAY: { nb: 'Ukjent ukedag «{value}».', en: 'Unknown weekday “{value}”.' },
  CSV_NTH_FORMAT: {
    nb: 'Uke i måneden må være 1–4 eller «siste».',
    en: 'The week of the month must be 1–4 or “siste” (last).',
  },
  CSV_DURATION_INTEGER: {
    nb: 'Varighet må være et helt antall minutter.',
    en: 'The duration must be a whole number of minutes.',
  },
  CSV_MUNICIPALITY_NAME_MISMATCH: {
    nb: 'Kommunenummer {number} er {actual}, ikke {given}.',
    en: 'Municipality number {number} is {actual}, not {given}.',
  },
  // `numbers` lists the candidates, separated by commas.
  CSV_MUNICIPALITY_AMBIGUOUS: {
    nb: ({ name, numbers }) =>
      `Det finnes flere kommuner som heter ${String(name)}; skriv kommunenummeret (${numbersIn(numbers, 'eller')}).`,
    en: ({ name, numbers }) =>
      `More than one municipality is called ${String(name)}; write the municipality number (${numbersIn(numbers, 'or')}).`,
  },
  CSV_UNKNOWN_MUNICIPALITY: { nb: 'Ukjent kommune «{name}».', en: 'Unknown municipality “{name}”.' },
  CSV_ALL_DUPLICATES: {
    nb: 'Alle de gyldige radene finnes allerede som grupper. Kryss av for å importere dem likevel.',
    en: 'All the valid rows already exist as groups. Tick the box to import them anyway.',
  },
});
