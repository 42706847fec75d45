import type { chartsNb } from './messages.nb';

/** English: the words every chart uses (shared/charts). Spread into messages.en.ts. */
export const chartsEn: Record<keyof typeof chartsNb, string> = {
  'chart.table': '{title} – table',
  'chart.total': 'Total',
  'chart.empty': 'No figures for the period.',
  'chart.bars.desc': 'Horizontal bars, one for each row of the table, split by {series}. The table has the figures.',
  'chart.bars.hidden':
    'Small numbers are hidden to protect privacy. They are not drawn in the bars and show as “{display}” in the table and after the bar.',
  'chart.lines.desc': 'Line chart with one line for each of {series}. The table has the figures.',
  'chart.lines.hidden':
    'Small numbers are hidden to protect privacy. A gap in a line is a hidden number, shown as “{display}” in the table.',
  'chart.heat.scale': 'The darker the cell, the higher the number:',
  'chart.heat.hidden': 'hidden (“{display}”)',
  'chart.map.desc':
    "Map of Norway's municipalities: {covered} of {total} municipalities have at least one open group and are dark and hatched. The table has the figures per county.",
  'chart.map.county': 'County',
  'chart.map.covered': 'Municipalities with an open group',
  'chart.map.municipalities': 'Municipalities',
  'chart.map.share': 'Share',
  'chart.map.legendCovered': 'At least one open group',
  'chart.map.legendUncovered': 'No open group',
  'chart.map.legendBorder': 'County border',
  'chart.map.credit': 'Map data: Kartverket (CC BY 4.0)',
};
