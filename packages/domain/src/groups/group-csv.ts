import { renderRefusal } from '../messages/catalogue.js';
import type { Refusal, RefusalParams } from '../messages/refusal.js';
import { DEFAULT_LOCALE, refusal } from '../messages/refusal.js';
import { refusalOfZodIssue } from '../messages/zod.js';
import { findMunicipality } from '../reference/municipalities.js';
import { findTheme } from '../reference/themes.js';
import type { CsvRecord } from './csv.js';
import { parseCsvRecords, toCsv } from './csv.js';
import type { GroupCsvColumn } from './group-csv-columns.js';
import {
  findGroupCsvColumn,
  GROUP_CSV_COLUMNS,
  GROUP_CSV_MAX_ROWS,
  groupCsvColumnForPath,
} from './group-csv-columns.js';
import {
  protectFormula,
  readBoolean,
  readDate,
  readFormat,
  readLanguage,
  readMunicipality,
  readNth,
  readScheduleKind,
  readStatus,
  readTargetGroup,
  readTheme,
  readTime,
  readWeekday,
  restoreLeadingZeros,
  splitList,
  unprotectFormula,
  writeDate,
} from './group-csv-values.js';
import { groupInputSchema } from './group-input.js';
import {
  GROUP_FORMAT_LABELS,
  GROUP_STATUS_LABELS,
  NTH_LABELS,
  SCHEDULE_KIND_LABELS,
  TARGET_GROUP_LABELS,
  WEEKDAY_LABELS,
} from './labels.js';
import type { GroupData, GroupStatus } from './types.js';

export interface GroupCsvError {
  /** The column header as written in the file (our bokmål header when the column is missing). */
  column: string;
  reason: string;
  params?: RefusalParams;
  /** The reason in bokmål, for readers that do not render reasons themselves. */
  message: string;
}

export interface GroupCsvRow {
  /** Line in the file where the row starts; the header is line 1. */
  line: number;
  /** The validated group; null when the row has errors. */
  data: GroupData | null;
  status: GroupStatus;
  errors: GroupCsvError[];
  /** The name cell as written (trimmed), for listing invalid rows; null when blank. */
  name: string | null;
  /** The municipality's name when the cell named a known one, valid row or not. */
  municipalityName: string | null;
}

export interface ParsedGroupCsv {
  /** Problems with the file as a whole; when any, no rows are given. */
  headerRefusals: Refusal[];
  /** The same in bokmål. */
  headerErrors: string[];
  rows: GroupCsvRow[];
}

const columnByKey = new Map(GROUP_CSV_COLUMNS.map((csvColumn) => [csvColumn.key, csvColumn]));
function columnOf(key: string): GroupCsvColumn {
  const found = columnByKey.get(key);
  if (!found) throw new Error(`Unknown CSV column ${key}`);
  return found;
}

const VENUE_TEXT_KEYS = ['venue_name', 'street_address', 'postal_code', 'postal_place', 'accessibility_notes'];

interface Header {
  positions: Map<GroupCsvColumn, number>;
  titles: Map<GroupCsvColumn, string>;
}

function readHeader(record: CsvRecord, errors: Refusal[]): Header {
  const positions = new Map<GroupCsvColumn, number>();
  const titles = new Map<GroupCsvColumn, string>();
  record.cells.forEach((cell, index) => {
    const title = cell.trim();
    if (title === '') return;
    const csvColumn = findGroupCsvColumn(title);
    if (!csvColumn) errors.push(refusal('CSV_UNKNOWN_COLUMN', undefined, { title }));
    else if (positions.has(csvColumn)) errors.push(refusal('CSV_DUPLICATE_COLUMN', undefined, { title }));
    else {
      positions.set(csvColumn, index);
      titles.set(csvColumn, title);
    }
  });
  for (const csvColumn of GROUP_CSV_COLUMNS) {
    if (csvColumn.required && !positions.has(csvColumn))
      errors.push(refusal('CSV_MISSING_COLUMN', undefined, { title: csvColumn.header }));
  }
  return { positions, titles };
}

function readRow(record: CsvRecord, header: Header): GroupCsvRow {
  const failures = new Map<GroupCsvColumn, Refusal>();
  const cell = (key: string): string => {
    const index = header.positions.get(columnOf(key));
    return index === undefined ? '' : unprotectFormula((record.cells[index] ?? '').trim());
  };
  const fail = (key: string, reason: string | Refusal, params?: RefusalParams): undefined => {
    if (!failures.has(columnOf(key)))
      failures.set(columnOf(key), typeof reason === 'string' ? refusal(reason, undefined, params) : reason);
    return undefined;
  };
  // An unreadable coded value is refused with `reason`, quoting the cell as `value`.
  function coded<T>(key: string, read: (text: string) => T | undefined, reason: string): T | undefined {
    const text = cell(key);
    if (text === '') return undefined;
    return read(text) ?? fail(key, reason, { value: text });
  }
  const flag = (key: string): boolean | null | undefined => {
    const value = readBoolean(cell(key));
    return value === undefined ? fail(key, 'CSV_YES_OR_NO') : value;
  };
  const whole = (key: string, reason: string): number | null | undefined => {
    const text = cell(key);
    if (text === '') return null;
    return /^-?\d+$/.test(text) ? Number(text) : fail(key, reason);
  };

  const municipalityText = cell('municipality');
  const municipality = municipalityText === '' ? undefined : readMunicipality(municipalityText);
  if (municipality && 'error' in municipality) fail('municipality', municipality.error);
  const stepFree = flag('step_free');
  const hearingLoop = flag('hearing_loop');
  const hasVenue = VENUE_TEXT_KEYS.some((key) => cell(key) !== '') || stepFree === true || hearingLoop === true;
  const languages = splitList(cell('languages')).map(readLanguage);
  const status = coded('status', readStatus, 'CSV_UNKNOWN_STATUS');
  if (status === 'CLOSED') fail('status', 'CSV_CLOSED_GROUP');

  const input = {
    name: cell('name'),
    description: cell('description'),
    themeIds: splitList(cell('themes')).map(readTheme),
    targetGroup: coded('target_group', readTargetGroup, 'CSV_UNKNOWN_TARGET_GROUP'),
    municipalityNumber: municipality && 'number' in municipality ? municipality.number : '',
    format: coded('format', readFormat, 'CSV_UNKNOWN_FORMAT'),
    venue: hasVenue
      ? {
          name: cell('venue_name'),
          streetAddress: cell('street_address'),
          postalCode: restoreLeadingZeros(cell('postal_code'), 4),
          postalPlace: cell('postal_place'),
          stepFreeAccess: stepFree ?? false,
          hearingLoop: hearingLoop ?? false,
          accessibilityNotes: cell('accessibility_notes'),
        }
      : null,
    meetingUrl: cell('meeting_url'),
    languages: languages.length > 0 ? languages : null,
    openForNewMembers: flag('open_for_new_members') ?? true,
    maxSize: whole('max_size', 'MAX_SIZE_INTEGER'),
    schedule: {
      kind: coded('schedule', readScheduleKind, 'CSV_UNKNOWN_SCHEDULE'),
      weekday: coded('weekday', readWeekday, 'CSV_UNKNOWN_WEEKDAY') ?? null,
      nth: coded('nth', readNth, 'CSV_NTH_FORMAT') ?? null,
      dates: cell('dates')
        .split(/[|,;\s]+/)
        .filter((date) => date !== '')
        .map(readDate),
      startTime: readTime(cell('start_time')),
      durationMinutes: whole('duration_minutes', 'CSV_DURATION_INTEGER') ?? undefined,
      startDate: readDate(cell('start_date')),
      endDate: readDate(cell('end_date')),
    },
  };

  const result = groupInputSchema.safeParse(input);
  const problems = new Map<GroupCsvColumn, Refusal[]>(
    [...failures].map(([csvColumn, failure]) => [csvColumn, [failure]]),
  );
  for (const issue of result.success ? [] : result.error.issues) {
    const csvColumn = groupCsvColumnForPath(issue.path) ?? columnOf('name');
    if (failures.has(csvColumn)) continue; // the reading error already says what is wrong
    const found = problems.get(csvColumn) ?? [];
    const { reason, params } = refusalOfZodIssue(issue);
    const same = (other: Refusal) => other.reason === reason && JSON.stringify(other.params) === JSON.stringify(params);
    if (!found.some(same)) problems.set(csvColumn, [...found, refusal(reason, undefined, params)]);
  }
  const errors = GROUP_CSV_COLUMNS.flatMap((csvColumn) =>
    (problems.get(csvColumn) ?? []).map((problem): GroupCsvError => ({
      column: header.titles.get(csvColumn) ?? csvColumn.header,
      reason: problem.reason,
      ...(problem.params ? { params: problem.params } : {}),
      message: renderRefusal(problem, DEFAULT_LOCALE),
    })),
  );
  const data = result.success && errors.length === 0 ? result.data : null;
  return {
    line: record.line,
    data,
    status: status ?? 'IDEA',
    errors,
    name: input.name === '' ? null : input.name,
    municipalityName: findMunicipality(input.municipalityNumber)?.name ?? null,
  };
}

/**
 * Reads a group import file: checks the header, then validates every non-blank row with the
 * same rules as the group form. Errors name the file's own column headers.
 */
export function parseGroupCsv(text: string): ParsedGroupCsv {
  const parsed = parseCsvRecords(text);
  const [headerRecord, ...records] = parsed.records;
  const refusedFile = (headerRefusals: Refusal[]): ParsedGroupCsv => ({
    headerRefusals,
    headerErrors: headerRefusals.map((value) => renderRefusal(value, DEFAULT_LOCALE)),
    rows: [],
  });
  if (!headerRecord) return refusedFile([refusal('CSV_EMPTY_FILE')]);
  const headerRefusals: Refusal[] = [];
  if (parsed.unterminatedQuoteLine !== null) {
    headerRefusals.push(refusal('CSV_UNTERMINATED_QUOTE', undefined, { line: parsed.unterminatedQuoteLine }));
  }
  const header = readHeader(headerRecord, headerRefusals);
  const dataRecords = records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  if (dataRecords.length > GROUP_CSV_MAX_ROWS) {
    headerRefusals.push(
      refusal('CSV_TOO_MANY_ROWS', undefined, { count: dataRecords.length, maximum: GROUP_CSV_MAX_ROWS }),
    );
  }
  if (headerRefusals.length > 0) return refusedFile(headerRefusals);
  return { headerRefusals, headerErrors: [], rows: dataRecords.map((record) => readRow(record, header)) };
}

const yesNo = (value: boolean): string => (value ? 'ja' : 'nei');

function groupCells(group: GroupData & { status: GroupStatus }): Record<string, string> {
  const { venue, schedule } = group;
  const municipality = findMunicipality(group.municipalityNumber);
  return {
    name: protectFormula(group.name),
    description: protectFormula(group.description),
    themes: group.themeIds.map((id) => findTheme(id)?.labels.nb ?? id).join(' | '),
    target_group: TARGET_GROUP_LABELS[group.targetGroup].nb,
    municipality: municipality ? `${municipality.number} ${municipality.name}` : group.municipalityNumber,
    format: GROUP_FORMAT_LABELS[group.format].nb,
    venue_name: protectFormula(venue?.name ?? ''),
    street_address: protectFormula(venue?.streetAddress ?? ''),
    postal_code: venue?.postalCode ?? '',
    postal_place: protectFormula(venue?.postalPlace ?? ''),
    step_free: venue ? yesNo(venue.stepFreeAccess) : '',
    hearing_loop: venue ? yesNo(venue.hearingLoop) : '',
    accessibility_notes: protectFormula(venue?.accessibilityNotes ?? ''),
    meeting_url: group.meetingUrl ?? '',
    languages: group.languages.join(' | '),
    open_for_new_members: yesNo(group.openForNewMembers),
    max_size: group.maxSize === null ? '' : String(group.maxSize),
    schedule: SCHEDULE_KIND_LABELS[schedule.kind].nb.toLocaleLowerCase('nb'),
    weekday: schedule.weekday ? WEEKDAY_LABELS[schedule.weekday].nb : '',
    nth: schedule.nth === null ? '' : schedule.nth === -1 ? (NTH_LABELS['-1']?.nb ?? '-1') : String(schedule.nth),
    dates: schedule.dates.map(writeDate).join(' | '),
    start_time: schedule.startTime,
    duration_minutes: String(schedule.durationMinutes),
    start_date: writeDate(schedule.startDate),
    end_date: schedule.endDate ? writeDate(schedule.endDate) : '',
    status: GROUP_STATUS_LABELS[group.status].nb.toLocaleLowerCase('nb'),
  };
}

/** Groups as an import-ready CSV file (semicolon, BOM, bokmål headers and values). */
export function groupsToCsv(groups: readonly (GroupData & { status: GroupStatus })[]): string {
  const rows = groups.map((group) => {
    const cells = groupCells(group);
    return GROUP_CSV_COLUMNS.map((csvColumn) => cells[csvColumn.key] ?? '');
  });
  return toCsv([GROUP_CSV_COLUMNS.map((csvColumn) => csvColumn.header), ...rows]);
}
