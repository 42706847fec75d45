/** Bokmål: schedule periods and change kinds (value labels come from @selvhjelp/domain). */
export const labelsNb = {
  'schedule.from': 'Fra {start}',
  'schedule.fromTo': 'Fra {start} til {end}',
  'changeKind.CREATED': 'Opprettet',
  'changeKind.UPDATED': 'Endret',
  'changeKind.STATUS_CHANGED': 'Ny status',
  'changeKind.FOLLOW_UP': 'Oppfølging',
  'changeKind.IMPORTED': 'Importert',
} as const;
