import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messages/index.js';
import type { GroupCsvError } from './group-csv.js';
import { toCsv } from './csv.js';
import { parseGroupCsv } from './group-csv.js';

/** What a reader sees of each error: the column and the bokmål text. */
const shown = (errors: GroupCsvError[] | undefined) => errors?.map(({ column, message }) => ({ column, message }));

const HEADER = [
  'navn',
  'beskrivelse',
  'tema',
  'målgruppe',
  'kommune',
  'format',
  'møtested',
  'adresse',
  'postnummer',
  'poststed',
  'møtelenke',
  'frekvens',
  'ukedag',
  'uke_i_måneden',
  'datoer',
  'klokkeslett',
  'varighet_minutter',
  'startdato',
  'sluttdato',
  'status',
];

type Row = Record<(typeof HEADER)[number], string>;

function row(overrides: Partial<Row> = {}): Row {
  return {
    navn: 'Sorggruppe Bergen',
    beskrivelse: 'For deg som har mistet noen.',
    tema: 'Sorg',
    målgruppe: 'berørte',
    kommune: '4601',
    format: 'fysisk',
    møtested: 'Frivilligsentralen',
    adresse: 'Storgata 1',
    postnummer: '5003',
    poststed: 'Bergen',
    møtelenke: '',
    frekvens: 'ukentlig',
    ukedag: 'tirsdag',
    uke_i_måneden: '',
    datoer: '',
    klokkeslett: '18:00',
    varighet_minutter: '90',
    startdato: '06.01.2026',
    sluttdato: '',
    status: '',
    ...overrides,
  };
}

function csv(rows: Row[], header: readonly string[] = HEADER): string {
  return toCsv([[...header], ...rows.map((r) => HEADER.map((column) => r[column] ?? ''))]);
}

describe('parseGroupCsv', () => {
  it('reads a valid row into GroupData with the default status', () => {
    const { headerErrors, rows } = parseGroupCsv(csv([row()]));
    expect(headerErrors).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.errors).toEqual([]);
    expect(rows[0]?.line).toBe(2);
    expect(rows[0]?.status).toBe('IDEA');
    expect(rows[0]?.data).toMatchObject({
      name: 'Sorggruppe Bergen',
      themeIds: ['grief'],
      targetGroup: 'AFFECTED',
      municipalityNumber: '4601',
      districtId: 'vest',
      format: 'IN_PERSON',
      venue: { postalCode: '5003', stepFreeAccess: false },
      languages: ['nb'],
      openForNewMembers: true,
      schedule: {
        kind: 'WEEKLY',
        weekday: 'TUESDAY',
        startTime: '18:00',
        durationMinutes: 90,
        startDate: '2026-01-06',
      },
    });
  });

  it('accepts English keys, odd header spelling and English values', () => {
    const header = [
      'Name',
      'DESCRIPTION',
      'themes',
      'Target group',
      'municipality',
      'Format',
      'venue_name',
      'street_address',
      'postal code',
      'postal_place',
      'meeting_url',
      'schedule',
      'weekday',
      'nth',
      'dates',
      'start_time',
      'duration_minutes',
      'start_date',
      'end_date',
      'Status',
    ];
    const english = row({
      tema: 'grief | Loneliness',
      målgruppe: 'RELATIVES',
      format: 'HYBRID',
      møtelenke: 'https://meet.example/a',
      frekvens: 'MONTHLY_NTH_WEEKDAY',
      ukedag: 'Monday',
      uke_i_måneden: 'last',
      startdato: '2026-01-01',
      status: 'RUNNING',
    });
    const [parsed] = parseGroupCsv(csv([english], header)).rows;
    expect(parsed?.errors).toEqual([]);
    expect(parsed?.status).toBe('RUNNING');
    expect(parsed?.data).toMatchObject({
      themeIds: ['grief', 'loneliness'],
      targetGroup: 'RELATIVES',
      format: 'HYBRID',
    });
    expect(parsed?.data?.schedule).toMatchObject({ kind: 'MONTHLY_NTH_WEEKDAY', weekday: 'MONDAY', nth: -1 });
  });

  it('restores leading zeros that spreadsheets drop, and reads municipality names', () => {
    const [oslo] = parseGroupCsv(csv([row({ kommune: '301', postnummer: '150', poststed: 'Oslo' })])).rows;
    expect(oslo?.data).toMatchObject({ municipalityNumber: '0301', districtId: 'ost', venue: { postalCode: '0150' } });
    const [byName] = parseGroupCsv(csv([row({ kommune: 'bærum' })])).rows;
    expect(byName?.data?.municipalityNumber).toBe('3201');
    const [numbered] = parseGroupCsv(csv([row({ kommune: '1515 Herøy' })])).rows;
    expect(numbered?.data?.municipalityNumber).toBe('1515');
  });

  it('asks for the number when a municipality name is ambiguous', () => {
    const [heroy] = parseGroupCsv(csv([row({ kommune: 'Herøy' })])).rows;
    expect(heroy?.data).toBeNull();
    expect(heroy?.name).toBe('Sorggruppe Bergen');
    expect(heroy?.municipalityName).toBeNull();
    expect(shown(heroy?.errors)).toEqual([
      {
        column: 'kommune',
        message: 'Det finnes flere kommuner som heter Herøy; skriv kommunenummeret (1515 eller 1818).',
      },
    ]);
    const [valer] = parseGroupCsv(csv([row({ kommune: 'Våler' })])).rows;
    expect(valer?.errors[0]?.message).toMatch(
      /flere kommuner som heter Våler; skriv kommunenummeret \(\d{4} eller \d{4}\)/,
    );
    const [wrong] = parseGroupCsv(csv([row({ kommune: '4601 Oslo' })])).rows;
    expect(shown(wrong?.errors)).toEqual([{ column: 'kommune', message: 'Kommunenummer 4601 er Bergen, ikke Oslo.' }]);
    const [unknown] = parseGroupCsv(csv([row({ kommune: 'Atlantis' })])).rows;
    expect(shown(unknown?.errors)).toEqual([{ column: 'kommune', message: 'Ukjent kommune «Atlantis».' }]);
  });

  it('maps validation errors to the columns of the file', () => {
    const [bad] = parseGroupCsv(
      csv([
        row({ navn: 'ab', postnummer: '50a3', ukedag: '', sluttdato: '01.01.2025', tema: 'Sorg|På tvers av tema' }),
      ]),
    ).rows;
    expect(bad?.data).toBeNull();
    expect(bad?.name).toBe('ab');
    expect(bad?.municipalityName).toBe('Bergen');
    expect(shown(bad?.errors)).toEqual([
      { column: 'navn', message: 'Navnet må ha minst 3 tegn.' },
      { column: 'tema', message: 'På tvers av tema kan ikke kombineres med andre tema.' },
      { column: 'postnummer', message: 'Postnummer må ha fire sifre.' },
      { column: 'ukedag', message: 'Ukedag må velges for ukentlige møter.' },
      { column: 'sluttdato', message: 'Sluttdato kan ikke være før startdato.' },
    ]);
  });

  it('explains values it cannot read', () => {
    const [bad] = parseGroupCsv(
      csv([
        row({
          målgruppe: 'venner',
          format: 'telefon',
          frekvens: 'daglig',
          varighet_minutter: 'halvannen time',
          status: 'avsluttet',
        }),
      ]),
    ).rows;
    expect(shown(bad?.errors)).toEqual([
      { column: 'målgruppe', message: 'Ukjent målgruppe «venner». Bruk berørte, pårørende eller begge.' },
      { column: 'format', message: 'Ukjent format «telefon». Bruk fysisk, nett eller hybrid.' },
      {
        column: 'frekvens',
        message: 'Ukjent frekvens «daglig». Bruk ukentlig, annenhver uke, månedlig eller uregelmessig.',
      },
      { column: 'varighet_minutter', message: 'Varighet må være et helt antall minutter.' },
      { column: 'status', message: 'Avsluttede grupper kan ikke importeres.' },
    ]);
  });

  it('gives each row error a reason and params, which read in English too', () => {
    const [bad] = parseGroupCsv(csv([row({ navn: 'ab', kommune: 'Herøy', format: 'telefon' })])).rows;
    expect(bad?.errors.map(({ column, reason, params }) => ({ column, reason, params }))).toEqual([
      { column: 'navn', reason: 'NAME_TOO_SHORT', params: { minimum: 3 } },
      { column: 'kommune', reason: 'CSV_MUNICIPALITY_AMBIGUOUS', params: { name: 'Herøy', numbers: '1515,1818' } },
      { column: 'format', reason: 'CSV_UNKNOWN_FORMAT', params: { value: 'telefon' } },
    ]);
    expect(bad?.errors.map((error) => renderMessage(error.reason, error.params, 'en'))).toEqual([
      'The name must have at least 3 characters.',
      'More than one municipality is called Herøy; write the municipality number (1515 or 1818).',
      'Unknown format “telefon”. Use fysisk, nett or hybrid.',
    ]);
    expect(parseGroupCsv('').headerRefusals).toEqual([{ reason: 'CSV_EMPTY_FILE' }]);
  });

  it('reports an online group with a venue on the venue column', () => {
    const [online] = parseGroupCsv(csv([row({ format: 'nett', møtelenke: 'https://meet.example/a' })])).rows;
    expect(shown(online?.errors)).toEqual([{ column: 'møtested', message: 'Nettgrupper har ikke møtested.' }]);
    const [clean] = parseGroupCsv(
      csv([
        row({
          format: 'nett',
          møtelenke: 'https://meet.example/a',
          møtested: '',
          adresse: '',
          postnummer: '',
          poststed: '',
        }),
      ]),
    ).rows;
    expect(clean?.errors).toEqual([]);
    expect(clean?.data?.venue).toBeNull();
  });

  it('reads irregular dates in both date formats', () => {
    const [irregular] = parseGroupCsv(
      csv([
        row({
          frekvens: 'uregelmessig',
          ukedag: '',
          datoer: '02.02.2026 | 2026-01-12,12.01.2026',
          startdato: '1.1.2026',
        }),
      ]),
    ).rows;
    expect(irregular?.errors).toEqual([]);
    expect(irregular?.data?.schedule).toMatchObject({
      kind: 'IRREGULAR',
      dates: ['2026-01-12', '2026-02-02'],
      startDate: '2026-01-01',
    });
  });

  it('counts lines correctly past quoted multi-line cells and blank lines', () => {
    const text =
      csv([row({ beskrivelse: 'Første linje\nandre linje\ntredje' }), row({ navn: 'x' })]).replace(
        /\r\n$/,
        '\r\n;;;\r\n\r\n',
      ) +
      csv([row({ navn: 'y' })])
        .split('\r\n')
        .slice(1)
        .join('\r\n');
    const { rows } = parseGroupCsv(text);
    expect(rows.map((r) => [r.line, r.errors.map((e) => e.column)])).toEqual([
      [2, []],
      [5, ['navn']],
      [8, ['navn']],
    ]);
  });

  it('refuses unknown, repeated and missing columns', () => {
    const header = HEADER.filter((column) => column !== 'startdato' && column !== 'kommune').concat(['farge', 'Navn']);
    const result = parseGroupCsv(toCsv([header, header.map(() => 'x')]));
    expect(result.rows).toEqual([]);
    expect(result.headerErrors).toEqual([
      'Ukjent kolonne «farge».',
      'Kolonnen «Navn» finnes flere ganger.',
      'Kolonnen «kommune» mangler.',
      'Kolonnen «startdato» mangler.',
    ]);
    expect(parseGroupCsv('').headerErrors).toEqual(['Filen er tom.']);
    expect(parseGroupCsv('\uFEFF\r\n\r\n').headerErrors).toEqual(['Filen er tom.']);
  });

  it('refuses files with more than 5000 rows', () => {
    const line = HEADER.map((column) => row()[column]).join(';');
    const text = [HEADER.join(';'), ...Array.from({ length: 5001 }, () => line)].join('\n');
    expect(parseGroupCsv(text).headerErrors).toEqual([
      'Filen har 5001 rader; høyst 5000 kan importeres om gangen. Del den opp.',
    ]);
    expect(parseGroupCsv([HEADER.join(';'), line].join('\n')).headerErrors).toEqual([]);
  });

  it('finds exactly the 3 bad rows among 200', () => {
    const rows = Array.from({ length: 200 }, (_, index) => row({ navn: `Gruppe nummer ${index + 1}` }));
    rows[17] = row({ navn: `Gruppe nummer 18`, postnummer: '12345' });
    rows[99] = row({ navn: `Gruppe nummer 100`, tema: 'ukjent-tema' });
    rows[198] = row({ navn: `Gruppe nummer 199`, klokkeslett: '25:00', ukedag: 'fredag' });
    const { headerErrors, rows: parsed } = parseGroupCsv(csv(rows));
    expect(headerErrors).toEqual([]);
    expect(parsed).toHaveLength(200);
    const invalid = parsed.filter((r) => r.errors.length > 0);
    expect(invalid.map((r) => ({ line: r.line, data: r.data, errors: shown(r.errors) }))).toEqual([
      { line: 19, data: null, errors: [{ column: 'postnummer', message: 'Postnummer må ha fire sifre.' }] },
      { line: 101, data: null, errors: [{ column: 'tema', message: 'Ukjent tema: ukjent-tema.' }] },
      {
        line: 200,
        data: null,
        errors: [{ column: 'klokkeslett', message: 'Klokkeslett må skrives TT:MM, for eksempel 18:00.' }],
      },
    ]);
    expect(parsed.filter((r) => r.data !== null)).toHaveLength(197);
  });
});
