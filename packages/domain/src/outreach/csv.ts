import { toCsv } from '../groups/csv.js';
import type { UiLanguage } from '../groups/labels.js';
import type { IsoDate } from '../groups/types.js';
import { findMunicipality } from '../reference/municipalities.js';
import { findTheme } from '../reference/themes.js';
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, AUDIENCE_TYPE_LABELS } from './labels.js';
import type { ActivityStatus, ActivityType, AudienceType } from './types.js';

/**
 * One activity as the CSV export shows it. Plain data: the caller resolves the names of
 * partners and staff first (they live in the database), reference data is looked up here.
 */
export interface ActivityCsvRow {
  date: IsoDate;
  type: ActivityType;
  title: string;
  status: ActivityStatus;
  startTime: string | null;
  endTime: string | null;
  online: boolean;
  place: string | null;
  municipalityNumber: string | null;
  partnerNames: readonly string[];
  audiences: readonly AudienceType[];
  participantCount: number | null;
  themeIds: readonly string[];
  outcomeCount: number;
  staffNames: readonly string[];
}

const HEADERS: Readonly<Record<UiLanguage, readonly string[]>> = {
  nb: [
    'dato',
    'type',
    'tittel',
    'status',
    'start',
    'slutt',
    'sted',
    'kommune',
    'samarbeidspartnere',
    'målgrupper',
    'deltakere',
    'temaer',
    'resultater',
    'ansatte',
  ],
  en: [
    'date',
    'type',
    'title',
    'status',
    'start',
    'end',
    'place',
    'municipality',
    'partners',
    'audiences',
    'participants',
    'themes',
    'outcomes',
    'staff',
  ],
};

const ONLINE: Readonly<Record<UiLanguage, string>> = { nb: 'Digitalt', en: 'Online' };

// Lists inside a cell use the same separator as the group export.
const LIST_SEPARATOR = ' | ';

function placeOf(row: ActivityCsvRow, lang: UiLanguage): string {
  if (row.online) return row.place ? `${ONLINE[lang]} (${row.place})` : ONLINE[lang];
  return row.place ?? '';
}

function activityCells(row: ActivityCsvRow, lang: UiLanguage): string[] {
  return [
    row.date,
    ACTIVITY_TYPE_LABELS[row.type][lang],
    row.title,
    ACTIVITY_STATUS_LABELS[row.status][lang],
    row.startTime ?? '',
    row.endTime ?? '',
    placeOf(row, lang),
    row.municipalityNumber ? (findMunicipality(row.municipalityNumber)?.name ?? row.municipalityNumber) : '',
    row.partnerNames.join(LIST_SEPARATOR),
    row.audiences.map((audience) => AUDIENCE_TYPE_LABELS[audience][lang]).join(LIST_SEPARATOR),
    row.participantCount === null ? '' : String(row.participantCount),
    row.themeIds.map((id) => findTheme(id)?.labels[lang] ?? id).join(LIST_SEPARATOR),
    String(row.outcomeCount),
    row.staffNames.join(LIST_SEPARATOR),
  ];
}

/** The activity log as CSV: semicolon-separated, UTF-8 with BOM, a header row, rows in the given order. */
export function activitiesToCsv(rows: readonly ActivityCsvRow[], lang: UiLanguage = 'nb'): string {
  return toCsv([[...HEADERS[lang]], ...rows.map((row) => activityCells(row, lang))]);
}
