import type { Refusal } from '../messages/refusal.js';
import { refusal } from '../messages/refusal.js';
import { MUNICIPALITIES, findMunicipality } from '../reference/municipalities.js';
import { THEMES } from '../reference/themes.js';
import { isIsoDate } from './dates.js';
import { normalizeCsvToken } from './group-csv-columns.js';
import type { Labels } from './labels.js';
import {
  GROUP_FORMAT_LABELS,
  GROUP_STATUS_LABELS,
  NTH_LABELS,
  SCHEDULE_KIND_LABELS,
  TARGET_GROUP_LABELS,
  WEEKDAY_LABELS,
} from './labels.js';
import { GROUP_LANGUAGES } from './languages.js';
import type { GroupFormat, GroupStatus, IsoDate, ScheduleKind, TargetGroup, Weekday } from './types.js';

/*
 * Reading and writing single CSV cells. Readers accept codes, bokmål and English labels and
 * a few everyday words; writers use the bokmål labels, which the readers accept back.
 */

function lookup<T extends string>(labels: Readonly<Record<T, Labels>>, extra: Readonly<Record<T, readonly string[]>>) {
  const map = new Map<string, T>();
  for (const code of Object.keys(labels) as T[]) {
    for (const name of [code, labels[code].nb, labels[code].en, ...extra[code]]) map.set(normalizeCsvToken(name), code);
  }
  return (cell: string): T | undefined => map.get(normalizeCsvToken(cell));
}

export const readTargetGroup = lookup<TargetGroup>(TARGET_GROUP_LABELS, {
  AFFECTED: ['berørt', 'selv berørt', 'affected'],
  RELATIVES: ['pårørende', 'relatives'],
  BOTH: ['begge', 'both'],
});

export const readFormat = lookup<GroupFormat>(GROUP_FORMAT_LABELS, {
  IN_PERSON: ['fysisk', 'fysisk oppmøte', 'in person'],
  ONLINE: ['nett', 'digital', 'digitalt', 'nettmøte', 'nettgruppe'],
  HYBRID: ['hybrid'],
});

export const readScheduleKind = lookup<ScheduleKind>(SCHEDULE_KIND_LABELS, {
  WEEKLY: ['hver uke'],
  BIWEEKLY: ['annenhver', 'hver andre uke', 'biweekly'],
  MONTHLY_NTH_WEEKDAY: ['monthly', 'en gang i måneden'],
  IRREGULAR: [],
});

export const readWeekday = lookup<Weekday>(WEEKDAY_LABELS, {
  MONDAY: ['man', 'mon'],
  TUESDAY: ['tir', 'tue'],
  WEDNESDAY: ['ons', 'wed'],
  THURSDAY: ['tor', 'thu'],
  FRIDAY: ['fre', 'fri'],
  SATURDAY: ['lør', 'sat'],
  SUNDAY: ['søn', 'sun'],
});

export const readStatus = lookup<GroupStatus>(GROUP_STATUS_LABELS, {
  IDEA: ['ide'],
  STARTING: ['oppstart'],
  RUNNING: ['i gang', 'selvgående'],
  PAUSED: ['pauset'],
  CLOSED: [],
});

const nthByToken = new Map<string, number>(
  // "-1" is matched as such: normalising would turn it into "1".
  Object.entries(NTH_LABELS).flatMap(([nth, labels]) =>
    [...(nth === '-1' ? [] : [nth]), labels.nb, labels.en].map(
      (name) => [normalizeCsvToken(name), Number(nth)] as const,
    ),
  ),
);

/** 1–4 or -1; "2.", "andre", "siste", "last" are fine. Undefined when not understood. */
export function readNth(cell: string): number | undefined {
  const text = cell.trim();
  if (text === '-1') return -1;
  return nthByToken.get(normalizeCsvToken(text));
}

const themeByToken = new Map<string, string>(
  THEMES.flatMap((theme) =>
    [theme.id, theme.labels.nb, theme.labels.en].map((name) => [normalizeCsvToken(name), theme.id] as const),
  ),
);

/** A theme id for an id or label; the cell itself when unknown (validation then names it). */
export function readTheme(cell: string): string {
  return themeByToken.get(normalizeCsvToken(cell)) ?? cell.trim();
}

const languageByToken = new Map<string, string>([
  ...GROUP_LANGUAGES.flatMap((language) =>
    [language.code, language.labels.nb, language.labels.en].map(
      (name) => [normalizeCsvToken(name), language.code] as const,
    ),
  ),
  ...(['norsk', 'bokmål', 'norwegian'] as const).map((name) => [normalizeCsvToken(name), 'nb'] as const),
  ['nynorsk', 'nn'] as const,
  ['samisk', 'se'] as const,
]);

export function readLanguage(cell: string): string {
  return languageByToken.get(normalizeCsvToken(cell)) ?? cell.trim().toLowerCase();
}

const TRUE_WORDS = new Set(['ja', 'yes', 'true', '1', 'j', 'y', 'x']);
const FALSE_WORDS = new Set(['nei', 'no', 'false', '0', 'n']);

/** True/false, null when blank, undefined when not understood. */
export function readBoolean(cell: string): boolean | null | undefined {
  const text = cell.trim().toLowerCase();
  if (text === '') return null;
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  return undefined;
}

/** `YYYY-MM-DD` from `YYYY-MM-DD` or `D.M.YYYY`; other text is returned trimmed, for validation to refuse. */
export function readDate(cell: string): string {
  const text = cell.trim();
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (!norwegian) return text;
  return `${norwegian[3]}-${(norwegian[2] ?? '').padStart(2, '0')}-${(norwegian[1] ?? '').padStart(2, '0')}`;
}

/** `DD.MM.YYYY`, what Norwegian spreadsheets show. */
export function writeDate(date: IsoDate): string {
  return isIsoDate(date) ? `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}` : date;
}

/** `HH:MM` from "18:00", "18.00", "9:30" or a spreadsheet's "18:00:00". */
export function readTime(cell: string): string {
  const text = cell.trim();
  const match = /^(\d{1,2})[:.](\d{2})(?::00)?$/.exec(text);
  return match ? `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}` : text;
}

/** Splits a list cell on `|`, or on commas when there is no `|`. */
export function splitList(cell: string): string[] {
  const separator = cell.includes('|') ? '|' : ',';
  return cell
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Spreadsheets drop leading zeros of numbers: "301" → "0301", "150" → "0150". */
export function restoreLeadingZeros(cell: string, length: number): string {
  const text = cell.trim();
  return /^\d+$/.test(text) && text.length < length ? text.padStart(length, '0') : text;
}

const municipalitiesByName = new Map<string, string[]>();
for (const municipality of MUNICIPALITIES) {
  const key = normalizeCsvToken(municipality.name);
  municipalitiesByName.set(key, [...(municipalitiesByName.get(key) ?? []), municipality.number]);
}

/** A municipality number from "4601", "4601 Bergen", "301" or "Bergen"; or why not. */
export function readMunicipality(cell: string): { number: string } | { error: Refusal } {
  const text = cell.trim();
  const numbered = /^(\d{3,4})(?:\s+(.*))?$/.exec(text);
  if (numbered) {
    const number = restoreLeadingZeros(numbered[1] ?? '', 4);
    const municipality = findMunicipality(number);
    const name = numbered[2]?.trim();
    if (municipality && name && normalizeCsvToken(name) !== normalizeCsvToken(municipality.name)) {
      return {
        error: refusal('CSV_MUNICIPALITY_NAME_MISMATCH', undefined, { number, actual: municipality.name, given: name }),
      };
    }
    return { number };
  }
  const numbers = municipalitiesByName.get(normalizeCsvToken(text)) ?? [];
  if (numbers.length === 1) return { number: numbers[0] as string };
  if (numbers.length > 1) {
    return { error: refusal('CSV_MUNICIPALITY_AMBIGUOUS', undefined, { name: text, numbers: numbers.join(',') }) };
  }
  return { error: refusal('CSV_UNKNOWN_MUNICIPALITY', undefined, { name: text }) };
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe; reading removes it again. */
export function protectFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function unprotectFormula(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
