import type { Schedule } from '@selvhjelp/domain';
import {
  describeSchedule as describeScheduleText,
  displayNames,
  findGroupLanguage,
  findTheme,
  GROUP_FORMAT_LABELS,
  GROUP_STATUS_LABELS,
  NTH_LABELS,
  SCHEDULE_KIND_LABELS,
  TARGET_GROUP_LABELS,
  WEEKDAY_LABELS,
} from '@selvhjelp/domain';
import { formatDate } from '../../shared/dates/dates';
import type {
  GroupChangeKind,
  GroupFormat,
  GroupStatus,
  ScheduleKind,
  TargetGroup,
  Weekday,
} from '../../generated/graphql';
import { labelOf } from '../../shared/labels/labels';
import type { Lang, MessageKey, Translate } from '../../shared/i18n/i18n';
import { LOCALES } from '../../shared/i18n/i18n';

// The group model's values as people read them: the shared label tables of @selvhjelp/domain,
// so a status or a format has the same name in the portal, the CSV and the history.

export const capitalise = (text: string) => `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}`;

export const statusLabel = (lang: Lang, status: GroupStatus) => labelOf(GROUP_STATUS_LABELS, status, lang);
export const targetGroupLabel = (lang: Lang, target: TargetGroup) => labelOf(TARGET_GROUP_LABELS, target, lang);
export const formatLabel = (lang: Lang, format: GroupFormat) => labelOf(GROUP_FORMAT_LABELS, format, lang);
export const scheduleKindLabel = (lang: Lang, kind: ScheduleKind) => labelOf(SCHEDULE_KIND_LABELS, kind, lang);
/** A weekday on its own, such as a list option: "Tirsdag". */
export const weekdayLabel = (lang: Lang, weekday: Weekday) => capitalise(labelOf(WEEKDAY_LABELS, weekday, lang));
export const nthLabel = (lang: Lang, nth: number | string) => capitalise(labelOf(NTH_LABELS, String(nth), lang));
export const changeKindLabel = (t: Translate, kind: GroupChangeKind) => t(`changeKind.${kind}` as MessageKey);

/** The theme's name from the shared list in this language, or the gateway's label for one we do not know. */
export function themeLabel(lang: Lang, theme: { id: string; label?: string }): string {
  return findTheme(theme.id)?.labels[lang] ?? theme.label ?? theme.id;
}

/** `se` → "nordsamisk" / "Northern Sami": the shared list first, then the browser's own names. */
export function languageName(lang: Lang, code: string): string {
  const known = findGroupLanguage(code)?.labels[lang];
  if (known) return known;
  try {
    return displayNames(LOCALES[lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface ScheduleLike {
  kind: ScheduleKind;
  weekday?: Weekday | null;
  nth?: number | null;
  dates: readonly string[];
  startTime: string;
  durationMinutes: number;
  startDate: string;
  endDate?: string | null;
}

export interface ScheduleText {
  /** "Hver tirsdag kl. 18:00–19:30" (from the shared schedule text). */
  rhythm: string;
  /** "Fra 3. mars 2026" or "Fra … til …". */
  period: string;
}

/** How often and when a group meets, in words; times are Oslo's, as the schedule keeps them. */
export function describeSchedule(t: Translate, lang: Lang, schedule: ScheduleLike): ScheduleText {
  const start = formatDate(lang, schedule.startDate);
  return {
    rhythm: scheduleRhythm(lang, schedule),
    period: schedule.endDate
      ? t('schedule.fromTo', { start, end: formatDate(lang, schedule.endDate) })
      : t('schedule.from', { start }),
  };
}

/** The rhythm alone ("Hver tirsdag kl. 18:00–19:30"), for lists that show no period. */
export function scheduleRhythm(lang: Lang, schedule: ScheduleLike): string {
  const domainSchedule: Schedule = {
    kind: schedule.kind,
    weekday: schedule.weekday ?? null,
    nth: schedule.nth ?? null,
    dates: [...schedule.dates],
    startTime: schedule.startTime,
    durationMinutes: schedule.durationMinutes,
    startDate: schedule.startDate,
    endDate: schedule.endDate ?? null,
  };
  return describeScheduleText(domainSchedule, lang);
}
