import { describe, expect, it } from 'vitest';
import { parseCsv } from '../groups/csv.js';
import type { ActivityCsvRow } from './csv.js';
import { activitiesToCsv } from './csv.js';

const professionalDay: ActivityCsvRow = {
  date: '2026-10-15',
  type: 'PROFESSIONAL_DAY',
  title: 'Fagdag om selvhjelp; for NAV og helse',
  status: 'COMPLETED',
  startTime: '09:00',
  endTime: '15:00',
  online: false,
  place: 'Rådhuset',
  municipalityNumber: '4601',
  partnerNames: ['Bergen kommune', 'NAV Årstad'],
  audiences: ['HEALTH_SERVICES', 'NAV'],
  participantCount: 40,
  themeIds: ['grief', 'relatives'],
  outcomeCount: 1,
  staffNames: ['Kari Vest'],
};

describe('activitiesToCsv', () => {
  it('writes a semicolon CSV with BOM, bokmål headers and labels, names joined', () => {
    const csv = activitiesToCsv([
      professionalDay,
      {
        ...professionalDay,
        title: 'Stand',
        type: 'STAND',
        online: true,
        place: null,
        startTime: null,
        endTime: null,
        partnerNames: [],
        audiences: [],
        participantCount: null,
        themeIds: [],
        outcomeCount: 0,
        staffNames: [],
        municipalityNumber: null,
      },
    ]);
    expect(
      csv.startsWith(
        '\uFEFFdato;type;tittel;status;start;slutt;sted;kommune;samarbeidspartnere;målgrupper;deltakere;temaer;resultater;ansatte\r\n',
      ),
    ).toBe(true);
    const [header, first, second] = parseCsv(csv);
    expect(header).toHaveLength(14);
    expect(first).toEqual([
      '2026-10-15',
      'Fagdag',
      'Fagdag om selvhjelp; for NAV og helse',
      'Gjennomført',
      '09:00',
      '15:00',
      'Rådhuset',
      'Bergen',
      'Bergen kommune | NAV Årstad',
      'Helsetjenester | NAV',
      '40',
      'Sorg | Pårørende',
      '1',
      'Kari Vest',
    ]);
    expect(second).toEqual([
      '2026-10-15',
      'Stand',
      'Stand',
      'Gjennomført',
      '',
      '',
      'Digitalt',
      '',
      '',
      '',
      '',
      '',
      '0',
      '',
    ]);
  });

  it('speaks English when asked', () => {
    const [header, row] = parseCsv(activitiesToCsv([professionalDay], 'en'));
    expect(header?.slice(0, 4)).toEqual(['date', 'type', 'title', 'status']);
    expect(row?.[1]).toBe('Professional day');
    expect(row?.[3]).toBe('Completed');
  });

  it('gives only the header for no activities', () => {
    expect(parseCsv(activitiesToCsv([]))).toHaveLength(1);
  });
});
