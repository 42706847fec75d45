import type { OverviewFigure } from '@selvhjelp/db';
import type { Labels, Locale, StatAxis, StatPeriod, StatTableKey } from '@selvhjelp/domain';
import {
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  COUNTIES,
  COURSE_TYPE_LABELS,
  COURSE_TYPES,
  GROUP_STATUS_LABELS,
  GROUP_STATUSES,
  INQUIRER_TYPE_LABELS,
  INQUIRY_ACTION_LABELS,
  INQUIRY_ACTIONS,
  INQUIRY_CHANNEL_LABELS,
  INQUIRY_CHANNELS,
  PARTNER_TYPE_LABELS,
  PARTNER_TYPES,
  PUBLIC_SERVICE_TYPE_LABELS,
  PUBLIC_SERVICE_TYPES,
  STAT_COLUMN_LABELS,
  THEMES,
  districtIdOfCounty,
  getDistrict,
  monthsOf,
} from '@selvhjelp/domain';
import type { DistrictId } from '@selvhjelp/domain';
import type { StatAxisItemModel } from './models.js';

/*
 * The full axes of every table: every district asked for, every category of the domain, every
 * month of the period. A category without records is a 0 cell, never a missing column, so
 * tables of different periods and districts line up (and export) the same way.
 */

interface Coded {
  key: string;
  labels: Labels;
}

const coded = <K extends string>(keys: readonly K[], labels: Readonly<Record<K, Labels>>): Coded[] =>
  keys.map((key) => ({ key, labels: labels[key] }));

const fixed = (...keys: string[]): Coded[] => keys.map((key) => ({ key, labels: STAT_COLUMN_LABELS[key]! }));

const INQUIRERS: Coded[] = [
  { key: 'PERSON', labels: INQUIRER_TYPE_LABELS.PERSON },
  { key: 'RELATIVE', labels: INQUIRER_TYPE_LABELS.RELATIVE },
  { key: 'PARTNER', labels: INQUIRER_TYPE_LABELS.PARTNER },
  ...PUBLIC_SERVICE_TYPES.map((type) => ({
    key: `PUBLIC_SERVICE:${type}`,
    labels: {
      nb: `${INQUIRER_TYPE_LABELS.PUBLIC_SERVICE.nb}: ${PUBLIC_SERVICE_TYPE_LABELS[type].nb}`,
      en: `${INQUIRER_TYPE_LABELS.PUBLIC_SERVICE.en}: ${PUBLIC_SERVICE_TYPE_LABELS[type].en}`,
    },
  })),
];
const THEME_COLUMNS: Coded[] = THEMES.map((theme) => ({ key: theme.id, labels: theme.labels }));

/** Where each table's counts come from: the figure group, and the prefix of its column codes there. */
export interface TableSource {
  figure: OverviewFigure;
  prefix: string;
  /** Columns; 'MONTH' = the period's months. */
  columns: Coded[] | 'MONTH';
}

export const TABLE_SOURCES: Readonly<Record<Exclude<StatTableKey, 'COVERAGE'>, TableSource>> = {
  GROUPS_BY_STATUS: { figure: 'groupsByStatus', prefix: '', columns: coded(GROUP_STATUSES, GROUP_STATUS_LABELS) },
  GROUPS_BY_THEME: { figure: 'groupsByTheme', prefix: '', columns: THEME_COLUMNS },
  GROUPS_STARTED_CLOSED: { figure: 'groupsStartedAndClosed', prefix: '', columns: fixed('STARTED', 'CLOSED') },
  GROUPS_STARTED_PER_MONTH: { figure: 'groupsStartedPerMonth', prefix: '', columns: 'MONTH' },
  FACILITATORS: {
    figure: 'facilitatorQualifications',
    prefix: '',
    columns: fixed('QUALIFIED', 'NEWLY_QUALIFIED', 'LAPSED'),
  },
  COURSES_HELD: { figure: 'coursesHeld', prefix: 'COURSES:', columns: coded(COURSE_TYPES, COURSE_TYPE_LABELS) },
  COURSE_PARTICIPANTS: {
    figure: 'coursesHeld',
    prefix: 'PARTICIPANTS:',
    columns: coded(COURSE_TYPES, COURSE_TYPE_LABELS),
  },
  PARTNERS_BY_TYPE: { figure: 'partnersByType', prefix: '', columns: coded(PARTNER_TYPES, PARTNER_TYPE_LABELS) },
  ACTIVITIES_BY_TYPE: {
    figure: 'activitiesByType',
    prefix: 'ACTIVITIES:',
    columns: coded(ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS),
  },
  ACTIVITY_PARTICIPANTS: {
    figure: 'activitiesByType',
    prefix: 'PARTICIPANTS:',
    columns: coded(ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS),
  },
  INQUIRIES_BY_CHANNEL: {
    figure: 'inquiriesByChannel',
    prefix: 'INQUIRIES:',
    columns: coded(INQUIRY_CHANNELS, INQUIRY_CHANNEL_LABELS),
  },
  MINUTES_BY_CHANNEL: {
    figure: 'inquiriesByChannel',
    prefix: 'MINUTES:',
    columns: coded(INQUIRY_CHANNELS, INQUIRY_CHANNEL_LABELS),
  },
  INQUIRIES_BY_INQUIRER: { figure: 'inquiriesByInquirer', prefix: '', columns: INQUIRERS },
  INQUIRIES_BY_ACTION: {
    figure: 'inquiriesByAction',
    prefix: '',
    columns: coded(INQUIRY_ACTIONS, INQUIRY_ACTION_LABELS),
  },
  INQUIRIES_PER_MONTH: {
    figure: 'inquiriesPerMonth',
    prefix: '',
    columns: coded(INQUIRY_CHANNELS, INQUIRY_CHANNEL_LABELS),
  },
  CASES: { figure: 'casesByState', prefix: '', columns: fixed('OPEN', 'OPENED', 'CLOSED') },
  INTEREST_DEMAND: { figure: 'interestDemand', prefix: '', columns: THEME_COLUMNS },
};

export const COVERAGE_COLUMNS: Coded[] = fixed('COVERED', 'NOT_COVERED');

function monthLabel(month: string, locale: Locale): string {
  const date = new Date(`${month}-01T12:00:00Z`);
  return new Intl.DateTimeFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

export function monthAxis(period: StatPeriod, locale: Locale): StatAxisItemModel[] {
  return monthsOf(period).map((month) => ({ key: month, label: monthLabel(month, locale) }));
}

export function labelled(items: readonly Coded[], locale: Locale): StatAxisItemModel[] {
  return items.map((item) => ({ key: item.key, label: item.labels[locale] }));
}

/** The counties of the districts asked for, in reference order. */
export function countiesOf(districts: readonly DistrictId[]) {
  return COUNTIES.filter((county) => {
    const district = districtIdOfCounty(county.number);
    return district !== undefined && districts.includes(district);
  });
}

export function rowAxis(
  axis: StatAxis,
  districts: readonly DistrictId[],
  period: StatPeriod,
  locale: Locale,
): StatAxisItemModel[] {
  switch (axis) {
    case 'DISTRICT':
      return districts.map((id) => ({ key: id, label: getDistrict(id).name }));
    case 'MONTH':
      return monthAxis(period, locale);
    case 'COUNTY':
      return countiesOf(districts).map((county) => ({ key: county.number, label: county.name }));
  }
}
