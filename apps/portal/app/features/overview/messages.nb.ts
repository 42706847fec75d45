/** Bokmål: the overview (national dashboard, and the district's figures on its home page). */
export const overviewNb = {
  'overview.title': 'Landsoversikt',
  'overview.nav': 'Landsoversikt',
  'overview.homeLink': 'Landsoversikten: tall og grafer for alle distriktene',
  'overview.intro':
    'Tall fra alle distriktene for en periode, per distrikt og samlet. Tall for grupper, kurs, samarbeidspartnere og aktiviteter leder videre til distriktets lister.',
  'overview.period.heading': 'Periode',
  'overview.export.heading': 'Rapport for perioden',
  'overview.export.text':
    'Den samme rapporten som regneark (ett ark per tabell) eller CSV. Siden kan også skrives ut: grafene og tabellene kommer med, menyen gjør det ikke.',
  'overview.export.xlsx': 'Last ned som Excel (XLSX)',
  'overview.export.csv': 'Last ned som CSV',
  'overview.period.from': 'Fra og med',
  'overview.period.to': 'Til og med',
  'overview.period.compare': 'Sammenlign med samme periode i fjor',
  'overview.period.show': 'Vis tall',
  'overview.period.thisYear': 'I år',
  'overview.between': '{from}–{to}',
  'overview.showing': 'Tallene gjelder {period}.',
  'overview.showingCompared': 'Tallene gjelder {period}, sammenlignet med {previous}.',
  'overview.protection':
    'Små tall om henvendelser, saker og interesselister vises som «<{threshold}». Et tall som vises som «:», er skjult fordi et lite tall ellers kunne regnes ut fra summene.',
  'overview.charts': 'Grafer',
  'overview.tables': 'Tabeller',
  'overview.total': 'Totalt',
  'overview.lastYear': 'Samme periode i fjor',
  'overview.chart.groupsByStatus': 'Grupper per distrikt etter status',
  'overview.chart.groupsStarted': 'Grupper startet per måned',
  'overview.chart.started': 'Startet',
  'overview.chart.themesByDistrict': 'Grupper etter tema og distrikt',
  'overview.district.heading': 'Tall for {period}',
  'overview.chart.coverage': 'Kommuner med minst én åpen gruppe',
} as const;
