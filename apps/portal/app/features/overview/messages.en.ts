import type { overviewNb } from './messages.nb';

/** English: the overview. */
export const overviewEn: Record<keyof typeof overviewNb, string> = {
  'overview.title': 'National overview',
  'overview.nav': 'National overview',
  'overview.homeLink': 'The national overview: figures and charts for every district',
  'overview.intro':
    "Figures from every district for a period, per district and in total. Figures for groups, courses, partners and activities lead on to the district's lists.",
  'overview.period.heading': 'Period',
  'overview.export.heading': 'Report for the period',
  'overview.export.text':
    'The same report as a spreadsheet (one sheet per table) or CSV. The page also prints: the charts and tables are included, the menu is not.',
  'overview.export.xlsx': 'Download as Excel (XLSX)',
  'overview.export.csv': 'Download as CSV',
  'overview.period.from': 'From',
  'overview.period.to': 'To',
  'overview.period.compare': 'Compare with the same period last year',
  'overview.period.show': 'Show figures',
  'overview.period.thisYear': 'This year',
  'overview.between': '{from}–{to}',
  'overview.showing': 'The figures are for {period}.',
  'overview.showingCompared': 'The figures are for {period}, compared with {previous}.',
  'overview.protection':
    'Small numbers of inquiries, cases and interest lists show as "<{threshold}". A figure shown as ":" is hidden because a small number could otherwise be worked out from the totals.',
  'overview.charts': 'Charts',
  'overview.tables': 'Tables',
  'overview.total': 'Total',
  'overview.lastYear': 'Same period last year',
  'overview.chart.groupsByStatus': 'Groups per district by status',
  'overview.chart.groupsStarted': 'Groups started per month',
  'overview.chart.started': 'Started',
  'overview.chart.themesByDistrict': 'Groups by theme and district',
  'overview.district.heading': 'Figures for {period}',
  'overview.chart.coverage': 'Municipalities with at least one open group',
};
