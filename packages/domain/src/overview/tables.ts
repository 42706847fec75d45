import type { Labels } from '../groups/labels.js';

/** The overview's tables, in the order a report shows them (the SDL's StatTableKey). */
export const STAT_TABLE_KEYS = [
  'GROUPS_BY_STATUS',
  'GROUPS_BY_THEME',
  'GROUPS_STARTED_CLOSED',
  'GROUPS_STARTED_PER_MONTH',
  'FACILITATORS',
  'COURSES_HELD',
  'COURSE_PARTICIPANTS',
  'PARTNERS_BY_TYPE',
  'ACTIVITIES_BY_TYPE',
  'ACTIVITY_PARTICIPANTS',
  'INQUIRIES_BY_CHANNEL',
  'MINUTES_BY_CHANNEL',
  'INQUIRIES_BY_INQUIRER',
  'INQUIRIES_BY_ACTION',
  'INQUIRIES_PER_MONTH',
  'CASES',
  'INTEREST_DEMAND',
  'COVERAGE',
] as const;
export type StatTableKey = (typeof STAT_TABLE_KEYS)[number];

export type StatAxis = 'DISTRICT' | 'MONTH' | 'COUNTY';

export interface StatTableDefinition {
  title: Labels;
  rows: StatAxis;
  columnLabel: Labels;
  /**
   * Small-number protection (issue 13): counts of people's contacts with the office (inquiries,
   * cases, interest lists). Registry tables count the offices' own work and are published as
   * counted.
   */
  protected: boolean;
}

const label = (nb: string, en: string): Labels => ({ nb, en });

export const STAT_TABLES: Readonly<Record<StatTableKey, StatTableDefinition>> = {
  GROUPS_BY_STATUS: {
    title: label('Grupper etter status ved periodens slutt', 'Groups by status at the end of the period'),
    rows: 'DISTRICT',
    columnLabel: label('Status', 'Status'),
    protected: false,
  },
  GROUPS_BY_THEME: {
    title: label('Grupper etter tema', 'Groups by theme'),
    rows: 'DISTRICT',
    columnLabel: label('Tema', 'Theme'),
    protected: false,
  },
  GROUPS_STARTED_CLOSED: {
    title: label('Grupper startet og avsluttet i perioden', 'Groups started and closed in the period'),
    rows: 'DISTRICT',
    columnLabel: label('Endring', 'Change'),
    protected: false,
  },
  GROUPS_STARTED_PER_MONTH: {
    title: label('Grupper startet per måned', 'Groups started per month'),
    rows: 'DISTRICT',
    columnLabel: label('Måned', 'Month'),
    protected: false,
  },
  FACILITATORS: {
    title: label('Igangsettere', 'Facilitators'),
    rows: 'DISTRICT',
    columnLabel: label('Kvalifisering', 'Qualification'),
    protected: false,
  },
  COURSES_HELD: {
    title: label('Kurs holdt', 'Courses held'),
    rows: 'DISTRICT',
    columnLabel: label('Kurstype', 'Course type'),
    protected: false,
  },
  COURSE_PARTICIPANTS: {
    title: label('Kursdeltakere', 'Course participants'),
    rows: 'DISTRICT',
    columnLabel: label('Kurstype', 'Course type'),
    protected: false,
  },
  PARTNERS_BY_TYPE: {
    title: label('Aktive samarbeidspartnere etter type', 'Active partners by type'),
    rows: 'DISTRICT',
    columnLabel: label('Type', 'Type'),
    protected: false,
  },
  ACTIVITIES_BY_TYPE: {
    title: label('Gjennomførte aktiviteter etter type', 'Completed activities by type'),
    rows: 'DISTRICT',
    columnLabel: label('Type', 'Type'),
    protected: false,
  },
  ACTIVITY_PARTICIPANTS: {
    title: label('Deltakere på aktiviteter etter type', 'Activity participants by type'),
    rows: 'DISTRICT',
    columnLabel: label('Type', 'Type'),
    protected: false,
  },
  INQUIRIES_BY_CHANNEL: {
    title: label('Henvendelser etter kanal', 'Inquiries by channel'),
    rows: 'DISTRICT',
    columnLabel: label('Kanal', 'Channel'),
    protected: true,
  },
  MINUTES_BY_CHANNEL: {
    title: label('Tidsbruk på henvendelser (minutter) etter kanal', 'Time spent on inquiries (minutes) by channel'),
    rows: 'DISTRICT',
    columnLabel: label('Kanal', 'Channel'),
    protected: true,
  },
  INQUIRIES_BY_INQUIRER: {
    title: label('Henvendelser etter hvem som tok kontakt', 'Inquiries by who asked'),
    rows: 'DISTRICT',
    columnLabel: label('Hvem', 'Who'),
    protected: true,
  },
  INQUIRIES_BY_ACTION: {
    title: label('Hva som ble gjort', 'What was done'),
    rows: 'DISTRICT',
    columnLabel: label('Tiltak', 'Action'),
    protected: true,
  },
  INQUIRIES_PER_MONTH: {
    title: label('Henvendelser per måned etter kanal', 'Inquiries per month by channel'),
    rows: 'MONTH',
    columnLabel: label('Kanal', 'Channel'),
    protected: true,
  },
  CASES: {
    title: label('Oppfølgingssaker', 'Follow-up cases'),
    rows: 'DISTRICT',
    columnLabel: label('Saker', 'Cases'),
    protected: true,
  },
  INTEREST_DEMAND: {
    title: label('Etterspørsel på interesselister etter tema', 'Interest-list demand by theme'),
    rows: 'DISTRICT',
    columnLabel: label('Tema', 'Theme'),
    protected: true,
  },
  COVERAGE: {
    title: label('Kommuner med minst én åpen gruppe', 'Municipalities with at least one open group'),
    rows: 'COUNTY',
    columnLabel: label('Dekning', 'Coverage'),
    protected: false,
  },
};

export const STAT_AXIS_LABELS: Readonly<Record<StatAxis, Labels>> = {
  DISTRICT: label('Distrikt', 'District'),
  MONTH: label('Måned', 'Month'),
  COUNTY: label('Fylke', 'County'),
};

/** Column codes of the tables whose columns are not a domain enum. */
export const STAT_COLUMN_LABELS: Readonly<Record<string, Labels>> = {
  STARTED: label('Startet', 'Started'),
  CLOSED: label('Avsluttet', 'Closed'),
  QUALIFIED: label('Kvalifisert ved periodens slutt', 'Qualified at the end of the period'),
  NEWLY_QUALIFIED: label('Nye kvalifiserte', 'Newly qualified'),
  LAPSED: label('Utløpt i perioden', 'Lapsed in the period'),
  OPEN: label('Åpne ved periodens slutt', 'Open at the end of the period'),
  OPENED: label('Opprettet', 'Opened'),
  NOT_COVERED: label('Uten åpen gruppe', 'Without an open group'),
  COVERED: label('Med åpen gruppe', 'With an open group'),
};
