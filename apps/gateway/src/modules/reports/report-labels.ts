import type { Locale } from '@selvhjelp/domain';
import { dateTimeFormat, findDistrict } from '@selvhjelp/domain';
import type { ReportArea, ReportDocument } from './report-table.js';

/** The words the files themselves carry (cover sheet, headers), bokmål first. */
const LABELS = {
  nb: {
    title: 'Årsrapport',
    cover: 'Om rapporten',
    period: 'Periode',
    area: 'Gjelder',
    national: 'Nasjonalt (alle distrikter)',
    generatedAt: 'Laget',
    smallNumbers: 'Små tall',
    smallNumberRule: (threshold: number) =>
      `«<${threshold}» betyr færre enn ${threshold} og er skjult for å verne personvernet. ` +
      `Andre celler kan også være skjult («:») slik at et skjult tall ikke kan regnes ut fra summene.`,
    contents: 'Tabeller',
    sheet: 'Ark',
    table: 'Tabell',
    total: 'I alt',
    csvHeader: ['tabell', 'rad', 'kolonne', 'verdi'],
  },
  en: {
    title: 'Annual report',
    cover: 'About the report',
    period: 'Period',
    area: 'Covers',
    national: 'National (all districts)',
    generatedAt: 'Generated',
    smallNumbers: 'Small numbers',
    smallNumberRule: (threshold: number) =>
      `"<${threshold}" means fewer than ${threshold} and is hidden to protect privacy. ` +
      `Other cells may be hidden as well (":"), so that a hidden number cannot be derived from the totals.`,
    contents: 'Tables',
    sheet: 'Sheet',
    table: 'Table',
    total: 'Total',
    csvHeader: ['table', 'row', 'column', 'value'],
  },
} as const;

export type ReportLabels = (typeof LABELS)[Locale];

export function reportLabels(locale: Locale): ReportLabels {
  return LABELS[locale];
}

export function areaName(area: ReportArea, locale: Locale): string {
  if (area.kind === 'national') return LABELS[locale].national;
  return findDistrict(area.districtId)?.name ?? area.districtId;
}

/** Dates as people read them (d.m.yyyy in bokmål), from the calendar days of the period. */
export function periodText(period: ReportDocument['period'], locale: Locale): string {
  const format = dateTimeFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  return `${format.format(new Date(`${period.from}T00:00:00Z`))} – ${format.format(new Date(`${period.to}T00:00:00Z`))}`;
}

export function generatedAtText(at: Date, locale: Locale): string {
  return dateTimeFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(at);
}

export type ReportFileFormat = 'XLSX' | 'CSV';

export const REPORT_CONTENT_TYPES: Record<ReportFileFormat, string> = {
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  CSV: 'text/csv; charset=utf-8',
};

/** ASCII only, so the name survives every download header and file system. */
export function reportFileName(area: ReportArea, period: ReportDocument['period'], format: ReportFileFormat): string {
  const who = area.kind === 'national' ? 'nasjonal' : area.districtId;
  return `rapport-${who}-${period.from}_${period.to}.${format.toLowerCase()}`;
}
