import { addMinutesToLocalTime, compareIsoDates, isIsoDate, isLocalTime, parseIsoDate } from './dates.js';
import type { UiLanguage } from './labels.js';
import { NTH_LABELS, WEEKDAY_LABELS } from './labels.js';
import type { IsoDate, Schedule } from './types.js';

// Fixed abbreviations rather than Intl, whose month names change between ICU versions.
const MONTHS: Record<UiLanguage, readonly string[]> = {
  nb: ['jan.', 'feb.', 'mar.', 'apr.', 'mai', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** Irregular dates listed before "and N more". */
const MAX_LISTED_DATES = 8;

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);
}

/** "12. jan." / "12 Jan", with the year when `withYear`. */
export function formatShortDate(date: IsoDate, language: UiLanguage, withYear = false): string {
  const { year, month, day } = parseIsoDate(date);
  const monthName = MONTHS[language][month - 1] ?? '';
  const text = language === 'nb' ? `${day}. ${monthName}` : `${day} ${monthName}`;
  return withYear ? `${text} ${year}` : text;
}

function timeRange(schedule: Schedule, language: UiLanguage): string {
  if (!isLocalTime(schedule.startTime)) return '';
  const end = addMinutesToLocalTime(schedule.startTime, schedule.durationMinutes);
  return language === 'nb' ? `kl. ${schedule.startTime}–${end}` : `${schedule.startTime}–${end}`;
}

function listDates(dates: readonly IsoDate[], language: UiLanguage): string {
  const valid = [...new Set(dates.filter(isIsoDate))].sort(compareIsoDates);
  const withYear = new Set(valid.map((date) => parseIsoDate(date).year)).size > 1;
  const shown = valid.slice(0, MAX_LISTED_DATES).map((date) => formatShortDate(date, language, withYear));
  const more = valid.length - shown.length;
  if (more <= 0) return shown.join(', ');
  return `${shown.join(', ')} ${language === 'nb' ? `og ${more} til` : `and ${more} more`}`;
}

/**
 * One line saying when a group meets, for lists and the public page:
 * "Hver tirsdag kl. 18:00–19:30", "Siste mandag i måneden kl. 18:00–19:30",
 * "Uregelmessig: 12. jan., 2. feb. kl. 18:00–19:30", "Every other Thursday, 18:00–19:30".
 */
export function describeSchedule(schedule: Schedule, language: UiLanguage): string {
  const time = timeRange(schedule, language);
  const day = schedule.weekday ? WEEKDAY_LABELS[schedule.weekday][language] : '';
  let when: string;
  switch (schedule.kind) {
    case 'WEEKLY':
      when = language === 'nb' ? `Hver ${day}` : `Every ${day}`;
      break;
    case 'BIWEEKLY':
      when = language === 'nb' ? `Annenhver ${day}` : `Every other ${day}`;
      break;
    case 'MONTHLY_NTH_WEEKDAY': {
      const nth = NTH_LABELS[String(schedule.nth)]?.[language] ?? '';
      when = language === 'nb' ? capitalise(`${nth} ${day} i måneden`) : capitalise(`${nth} ${day} of the month`);
      break;
    }
    case 'IRREGULAR':
      when = `${language === 'nb' ? 'Uregelmessig' : 'Irregular'}: ${listDates(schedule.dates, language)}`;
      break;
  }
  if (!time) return when;
  return language === 'nb' ? `${when} ${time}` : `${when}, ${time}`;
}
