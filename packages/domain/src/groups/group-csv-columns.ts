import type { Labels } from './labels.js';
import { slugify } from './slug.js';

/** Header and value matching ignores case, spaces, punctuation and diacritics: "Målgruppe" = "malgruppe". */
export function normalizeCsvToken(text: string): string {
  return slugify(text).replace(/-/g, '_');
}

export const GROUP_CSV_MAX_ROWS = 5000;

export interface GroupCsvColumn {
  /** English key; always accepted as a header. */
  key: string;
  /** The bokmål header our export writes; always accepted. */
  header: string;
  /** Other accepted headers. */
  aliases: readonly string[];
  /** A file without this column is refused. */
  required: boolean;
  /** The GroupInput paths whose validation errors belong to this column. */
  inputPaths: readonly string[];
  description: Labels;
  example: string;
}

function column(
  key: string,
  header: string,
  required: boolean,
  inputPaths: readonly string[],
  description: Labels,
  example: string,
  aliases: readonly string[] = [],
): GroupCsvColumn {
  return { key, header, aliases, required, inputPaths, description, example };
}

/** The import/export columns, in export order. */
export const GROUP_CSV_COLUMNS: readonly GroupCsvColumn[] = [
  column(
    'name',
    'navn',
    true,
    ['name'],
    { nb: 'Gruppens navn, 3–120 tegn.', en: 'Group name, 3–120 characters.' },
    'Sorggruppe Bergen',
    ['gruppenavn'],
  ),
  column(
    'description',
    'beskrivelse',
    true,
    ['description'],
    {
      nb: 'Kort beskrivelse for søkesiden, høyst 1000 tegn.',
      en: 'Short description for the finder, at most 1000 characters.',
    },
    'For deg som har mistet noen.',
  ),
  column(
    'themes',
    'tema',
    true,
    ['themeIds'],
    {
      nb: 'Ett eller flere tema (id eller navn), skilt med | eller komma. «På tvers av tema» står alene.',
      en: 'One or more themes (id or name), separated by | or comma. "Across themes" stands alone.',
    },
    'Sorg | Ensomhet',
    ['temaer', 'theme'],
  ),
  column(
    'target_group',
    'målgruppe',
    true,
    ['targetGroup'],
    { nb: 'Berørte, pårørende eller begge.', en: 'AFFECTED, RELATIVES or BOTH (or the bokmål words).' },
    'pårørende',
  ),
  column(
    'municipality',
    'kommune',
    true,
    ['municipalityNumber'],
    {
      nb: 'Kommunenummer (4 sifre), gjerne fulgt av navnet, eller bare navnet. Navn som finnes i flere fylker (Herøy, Våler) må ha nummer.',
      en: 'Municipality number (4 digits), optionally followed by the name, or the exact name. Names found in two counties (Herøy, Våler) need the number.',
    },
    '4601 Bergen',
    ['kommunenummer', 'municipality_number'],
  ),
  column(
    'format',
    'format',
    true,
    ['format'],
    { nb: 'Fysisk, nett eller hybrid.', en: 'IN_PERSON, ONLINE or HYBRID (or the bokmål words).' },
    'fysisk',
    ['møteform'],
  ),
  column(
    'venue_name',
    'møtested',
    false,
    ['venue', 'venue.name'],
    {
      nb: 'Navn på møtestedet. Påkrevd for fysiske og hybride grupper, tomt for nettgrupper.',
      en: 'Venue name. Required for in-person and hybrid groups, empty for online groups.',
    },
    'Frivilligsentralen',
    ['lokale', 'venue'],
  ),
  column(
    'street_address',
    'adresse',
    false,
    ['venue.streetAddress'],
    { nb: 'Gateadresse til møtestedet.', en: 'Street address of the venue.' },
    'Storgata 1',
    ['gateadresse', 'address'],
  ),
  column(
    'postal_code',
    'postnummer',
    false,
    ['venue.postalCode'],
    {
      nb: 'Fire sifre. En ledende null som regnearket har fjernet, legges til igjen.',
      en: 'Four digits. A leading zero dropped by the spreadsheet is put back.',
    },
    '5003',
  ),
  column('postal_place', 'poststed', false, ['venue.postalPlace'], { nb: 'Poststed.', en: 'Postal town.' }, 'Bergen'),
  column(
    'step_free',
    'trinnfri_tilgang',
    false,
    ['venue.stepFreeAccess'],
    {
      nb: 'Ja/nei: trinnfri adkomst til lokalet. Tomt = nei.',
      en: 'Yes/no: step-free access to the venue. Empty = no.',
    },
    'ja',
    ['trinnfri', 'step_free_access'],
  ),
  column(
    'hearing_loop',
    'teleslynge',
    false,
    ['venue.hearingLoop'],
    { nb: 'Ja/nei: teleslynge i lokalet. Tomt = nei.', en: 'Yes/no: hearing loop in the venue. Empty = no.' },
    'nei',
  ),
  column(
    'accessibility_notes',
    'tilgjengelighet',
    false,
    ['venue.accessibilityNotes'],
    { nb: 'Annet om tilgjengelighet, høyst 500 tegn.', en: 'Other accessibility notes, at most 500 characters.' },
    'Heis til 2. etasje',
    ['accessibility'],
  ),
  column(
    'meeting_url',
    'møtelenke',
    false,
    ['meetingUrl'],
    {
      nb: 'https://-lenke til nettmøtet. Påkrevd for nett- og hybridgrupper, tomt for fysiske. Vises bare for ansatte.',
      en: 'https:// link to the online meeting. Required for online and hybrid groups, empty for in-person ones. Staff only.',
    },
    'https://meet.example/abc',
    ['lenke', 'meeting_link'],
  ),
  column(
    'languages',
    'språk',
    false,
    ['languages'],
    {
      nb: '1–5 språkkoder (ISO 639-1) eller språknavn, skilt med | eller komma. Tomt = nb.',
      en: '1–5 language codes (ISO 639-1) or names, separated by | or comma. Empty = nb.',
    },
    'nb | en',
    ['språkkoder'],
  ),
  column(
    'open_for_new_members',
    'åpen_for_nye',
    false,
    ['openForNewMembers'],
    {
      nb: 'Ja/nei: tar gruppen imot nye medlemmer? Tomt = ja.',
      en: 'Yes/no: does the group take new members? Empty = yes.',
    },
    'ja',
    ['åpen', 'open'],
  ),
  column(
    'max_size',
    'maks_antall',
    false,
    ['maxSize'],
    {
      nb: 'Høyeste antall deltakere, 2–100. Tomt = ingen grense.',
      en: 'Largest number of participants, 2–100. Empty = no limit.',
    },
    '8',
    ['maks_deltakere'],
  ),
  column(
    'schedule',
    'frekvens',
    true,
    ['schedule', 'schedule.kind'],
    {
      nb: 'Ukentlig, annenhver uke, månedlig eller uregelmessig.',
      en: 'WEEKLY, BIWEEKLY, MONTHLY_NTH_WEEKDAY or IRREGULAR (or the bokmål words).',
    },
    'ukentlig',
    ['hyppighet', 'schedule_kind'],
  ),
  column(
    'weekday',
    'ukedag',
    false,
    ['schedule.weekday'],
    {
      nb: 'Mandag–søndag. Påkrevd unntatt for uregelmessige møter.',
      en: 'MONDAY–SUNDAY (or the bokmål names). Required except for irregular meetings.',
    },
    'tirsdag',
    ['dag'],
  ),
  column(
    'nth',
    'uke_i_måneden',
    false,
    ['schedule.nth'],
    { nb: 'For månedlige møter: 1–4, eller «siste».', en: 'For monthly meetings: 1–4, or -1/"last".' },
    'siste',
    ['uke'],
  ),
  column(
    'dates',
    'datoer',
    false,
    ['schedule.dates'],
    {
      nb: 'For uregelmessige møter: datoene (DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD), skilt med | eller komma.',
      en: 'For irregular meetings: the dates (DD.MM.YYYY or YYYY-MM-DD), separated by | or comma.',
    },
    '12.01.2026 | 02.02.2026',
    ['møtedatoer'],
  ),
  column(
    'start_time',
    'klokkeslett',
    true,
    ['schedule.startTime'],
    { nb: 'Starttid, TT:MM.', en: 'Start time, HH:MM.' },
    '18:00',
    ['starttid', 'time'],
  ),
  column(
    'duration_minutes',
    'varighet_minutter',
    true,
    ['schedule.durationMinutes'],
    { nb: 'Varighet i minutter, 15–480.', en: 'Duration in minutes, 15–480.' },
    '90',
    ['varighet', 'duration'],
  ),
  column(
    'start_date',
    'startdato',
    true,
    ['schedule.startDate'],
    {
      nb: 'Første mulige møtedag (DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD).',
      en: 'First possible meeting day (DD.MM.YYYY or YYYY-MM-DD).',
    },
    '06.01.2026',
  ),
  column(
    'end_date',
    'sluttdato',
    false,
    ['schedule.endDate'],
    { nb: 'Siste mulige møtedag, eller tomt.', en: 'Last possible meeting day, or empty.' },
    '',
  ),
  column(
    'status',
    'status',
    false,
    ['status'],
    {
      nb: 'Idé, under oppstart, i gang eller pause. Tomt = idé. Avsluttede grupper importeres ikke.',
      en: 'IDEA, STARTING, RUNNING or PAUSED (or the bokmål words). Empty = IDEA. Closed groups are not imported.',
    },
    'i gang',
  ),
];

export const GROUP_CSV_DOCUMENTATION = {
  intro: {
    nb:
      'Last opp en CSV-fil fra Excel (semikolon) eller med komma som skilletegn. Første linje er kolonneoverskrifter; ' +
      'rekkefølgen er fri, og store/små bokstaver og æøå spiller ingen rolle. Ja/nei-felt godtar ja, nei, yes, no, true, false, 1 og 0. ' +
      'Datoer skrives DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD. Høyst 5000 rader per fil. Tekst som begynner med = + - eller @ ' +
      'eksporteres med en apostrof foran, slik at regnearket ikke tolker den som en formel; apostrofen fjernes ved import.',
    en:
      'Upload a CSV file from Excel (semicolon) or with comma as the delimiter. The first line holds the column headers; ' +
      'their order is free, and case and diacritics do not matter. Yes/no fields accept ja, nei, yes, no, true, false, 1 and 0. ' +
      'Dates are DD.MM.YYYY or YYYY-MM-DD. At most 5000 rows per file. Text starting with = + - or @ is exported with a ' +
      'leading apostrophe so spreadsheets do not read it as a formula; the apostrophe is removed on import.',
  } satisfies Labels,
  columns: GROUP_CSV_COLUMNS,
} as const;

const columnByHeader = new Map<string, GroupCsvColumn>(
  GROUP_CSV_COLUMNS.flatMap((csvColumn) =>
    [csvColumn.key, csvColumn.header, ...csvColumn.aliases].map(
      (name) => [normalizeCsvToken(name), csvColumn] as const,
    ),
  ),
);

/** The column a header names, whatever its case, spacing or diacritics. */
export function findGroupCsvColumn(header: string): GroupCsvColumn | undefined {
  return columnByHeader.get(normalizeCsvToken(header));
}

const columnByInputPath = new Map<string, GroupCsvColumn>(
  GROUP_CSV_COLUMNS.flatMap((csvColumn) => csvColumn.inputPaths.map((path) => [path, csvColumn] as const)),
);

/** The column that answers for a validation issue path, e.g. `['venue', 'postalCode']` → postal_code. */
export function groupCsvColumnForPath(path: readonly PropertyKey[]): GroupCsvColumn | undefined {
  for (let length = Math.min(path.length, 2); length > 0; length -= 1) {
    const found = columnByInputPath.get(path.slice(0, length).map(String).join('.'));
    if (found) return found;
  }
  return undefined;
}
