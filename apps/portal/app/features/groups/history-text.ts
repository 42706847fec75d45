import { findDistrict, findMunicipality, GROUP_STATUSES } from '@selvhjelp/domain';
import { formatDate, isIsoDate } from '../../shared/dates/dates';
import { groupFieldOfPath } from './group-form';
import {
  formatLabel,
  languageName,
  nthLabel,
  scheduleKindLabel,
  statusLabel,
  targetGroupLabel,
  themeLabel,
  weekdayLabel,
} from './labels';
import type { GroupFormat, GroupStatus, ScheduleKind, TargetGroup, Weekday } from '../../generated/graphql';
import type { Lang, MessageKey, Translate } from '../../shared/i18n/i18n';
import { GROUP_FIELD_LABELS } from './group-form-labels';

// The history keeps values language-neutral (codes, ids, ISO dates, true/false); this reads
// them in the viewer's language. Unknown fields and values are shown as recorded.

const OTHER_FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  status: 'groups.list.status',
  districtId: 'groups.list.district',
  reason: 'groups.status.reason',
  effectiveDate: 'groups.status.effectiveDate',
  nextFollowUpDue: 'groups.followUp.nextDueField',
  followUpDue: 'groups.followUp.nextDueField',
  followUpDate: 'groups.followUp.date',
  date: 'groups.followUp.date',
  note: 'groups.followUp.note',
};

/** A snapshot (created, imported) lists every field; the ones that were and stay empty say nothing. */
export function meaningfulChanges<T extends { oldValue?: string | null; newValue?: string | null }>(
  fields: readonly T[],
): T[] {
  return fields.filter((field) => (field.oldValue ?? '') !== '' || (field.newValue ?? '') !== '');
}

export function historyFieldLabel(t: Translate, field: string): string {
  const other = OTHER_FIELD_LABELS[field.split('.').at(-1) ?? field];
  const formField = groupFieldOfPath(field);
  if (formField) return t(GROUP_FIELD_LABELS[formField]);
  return other ? t(other) : field;
}

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export function historyValueText(t: Translate, lang: Lang, field: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return t('groups.none');
  if (value === 'true') return t('groups.yes');
  if (value === 'false') return t('groups.no');
  const last = field.split('.').at(-1);
  switch (last) {
    case 'status':
      return (GROUP_STATUSES as readonly string[]).includes(value) ? statusLabel(lang, value as GroupStatus) : value;
    case 'targetGroup':
      return targetGroupLabel(lang, value as TargetGroup);
    case 'format':
      return formatLabel(lang, value as GroupFormat);
    case 'kind':
      return scheduleKindLabel(lang, value as ScheduleKind);
    case 'weekday':
      return weekdayLabel(lang, value as Weekday);
    case 'nth':
      return nthLabel(lang, value);
    case 'themeIds':
      return list(value)
        .map((id) => themeLabel(lang, { id }))
        .join(', ');
    case 'languages':
      return list(value)
        .map((code) => languageName(lang, code))
        .join(', ');
    case 'municipalityNumber':
      return findMunicipality(value)?.name ?? value;
    case 'districtId':
      return findDistrict(value)?.name ?? value;
    case 'dates':
      return list(value)
        .map((date) => formatDate(lang, date))
        .join(', ');
    default:
      return isIsoDate(value) ? formatDate(lang, value) : value;
  }
}
