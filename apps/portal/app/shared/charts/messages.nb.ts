/** Bokmål: the words every chart uses (shared/charts). Spread into messages.nb.ts. */
export const chartsNb = {
  'chart.table': '{title} – tabell',
  'chart.total': 'Totalt',
  'chart.empty': 'Ingen tall å vise for perioden.',
  'chart.bars.desc': 'Liggende stolper, én for hver rad i tabellen, delt etter {series}. Tallene står i tabellen.',
  'chart.bars.hidden':
    'Små tall er skjult av personvernhensyn. De er ikke tegnet i stolpene og står som «{display}» i tabellen og bak stolpen.',
  'chart.lines.desc': 'Linjediagram med én linje for hver av {series}. Tallene står i tabellen.',
  'chart.lines.hidden':
    'Små tall er skjult av personvernhensyn. Et brudd i en linje er et skjult tall, som står som «{display}» i tabellen.',
  'chart.heat.scale': 'Jo mørkere rute, jo høyere tall:',
  'chart.heat.hidden': 'skjult («{display}»)',
  'chart.map.desc':
    'Kart over Norges kommuner: {covered} av {total} kommuner har minst én åpen gruppe og er mørke og skraverte. Tallene per fylke står i tabellen.',
  'chart.map.county': 'Fylke',
  'chart.map.covered': 'Kommuner med åpen gruppe',
  'chart.map.municipalities': 'Kommuner i alt',
  'chart.map.share': 'Andel',
  'chart.map.legendCovered': 'Minst én åpen gruppe',
  'chart.map.legendUncovered': 'Ingen åpen gruppe',
  'chart.map.legendBorder': 'Fylkesgrense',
  'chart.map.credit': 'Kartdata: Kartverket (CC BY 4.0)',
} as const;
