import { describe, expect, it } from 'vitest';
import {
  protectFormula,
  readBoolean,
  readDate,
  readFormat,
  readLanguage,
  readMunicipality,
  readNth,
  readScheduleKind,
  readStatus,
  readTargetGroup,
  readTheme,
  readTime,
  readWeekday,
  restoreLeadingZeros,
  splitList,
  unprotectFormula,
  writeDate,
} from './group-csv-values.js';

describe('CSV cell readers', () => {
  it('reads yes/no in both languages', () => {
    for (const yes of ['ja', 'JA', 'yes', 'true', '1', ' Ja ']) expect(readBoolean(yes), yes).toBe(true);
    for (const no of ['nei', 'Nei', 'no', 'false', '0']) expect(readBoolean(no), no).toBe(false);
    expect(readBoolean('')).toBeNull();
    expect(readBoolean('kanskje')).toBeUndefined();
  });

  it('reads codes, bokmål and English labels, ignoring case and diacritics', () => {
    expect(readTargetGroup('Pårørende')).toBe('RELATIVES');
    expect(readTargetGroup('berorte og parorende')).toBe('BOTH');
    expect(readFormat('På nett')).toBe('ONLINE');
    expect(readFormat('in_person')).toBe('IN_PERSON');
    expect(readScheduleKind('Annenhver uke')).toBe('BIWEEKLY');
    expect(readScheduleKind('månedlig')).toBe('MONTHLY_NTH_WEEKDAY');
    expect(readScheduleKind('MONTHLY_NTH_WEEKDAY')).toBe('MONTHLY_NTH_WEEKDAY');
    expect(readWeekday('Lørdag')).toBe('SATURDAY');
    expect(readWeekday('man')).toBe('MONDAY');
    expect(readWeekday('Thursday')).toBe('THURSDAY');
    expect(readStatus('Under oppstart')).toBe('STARTING');
    expect(readStatus('i gang')).toBe('RUNNING');
    expect(readStatus('Idé')).toBe('IDEA');
    expect(readStatus('avsluttet')).toBe('CLOSED');
    expect(readStatus('ferdig')).toBeUndefined();
  });

  it('reads which week of the month', () => {
    expect(readNth('-1')).toBe(-1);
    expect(readNth('siste')).toBe(-1);
    expect(readNth('Last')).toBe(-1);
    expect(readNth('1')).toBe(1);
    expect(readNth('2.')).toBe(2);
    expect(readNth('tredje')).toBe(3);
    expect(readNth('fourth')).toBe(4);
    expect(readNth('5')).toBeUndefined();
  });

  it('reads themes and languages by id or name', () => {
    expect(readTheme('Brudd med trossamfunn')).toBe('leaving-religious-community');
    expect(readTheme('chronic illness')).toBe('chronic-illness');
    expect(readTheme('på tvers av tema')).toBe('mixed');
    expect(readTheme(' ukjent ')).toBe('ukjent');
    expect(readLanguage('Engelsk')).toBe('en');
    expect(readLanguage('nordsamisk')).toBe('se');
    expect(readLanguage('norsk')).toBe('nb');
    expect(readLanguage('NN')).toBe('nn');
    expect(readLanguage('XX')).toBe('xx');
  });

  it('reads dates and times as spreadsheets write them', () => {
    expect(readDate('6.1.2026')).toBe('2026-01-06');
    expect(readDate('31.12.2026')).toBe('2026-12-31');
    expect(readDate('2026-01-06')).toBe('2026-01-06');
    expect(readDate('6/1/2026')).toBe('6/1/2026');
    expect(writeDate('2026-01-06')).toBe('06.01.2026');
    expect(readTime('18.00')).toBe('18:00');
    expect(readTime('18:00:00')).toBe('18:00');
    expect(readTime('9:30')).toBe('09:30');
    expect(readTime('kveld')).toBe('kveld');
  });

  it('splits lists on | first, then on commas', () => {
    expect(splitList('Sorg | Angst')).toEqual(['Sorg', 'Angst']);
    expect(splitList('nb, en,,')).toEqual(['nb', 'en']);
    expect(splitList('a, b | c')).toEqual(['a, b', 'c']);
    expect(splitList('')).toEqual([]);
  });

  it('puts back leading zeros and reads municipalities', () => {
    expect(restoreLeadingZeros('150', 4)).toBe('0150');
    expect(restoreLeadingZeros('5003', 4)).toBe('5003');
    expect(restoreLeadingZeros('15a', 4)).toBe('15a');
    expect(readMunicipality('301')).toEqual({ number: '0301' });
    expect(readMunicipality('Ålesund')).toEqual({ number: '1508' });
    expect(readMunicipality('1818 herøy')).toEqual({ number: '1818' });
  });

  it('keeps spreadsheet formulas from running, reversibly', () => {
    for (const text of ['=SUM(A1)', '+47', '-lol', '@x']) {
      expect(protectFormula(text)).toBe(`'${text}`);
      expect(unprotectFormula(protectFormula(text))).toBe(text);
    }
    expect(protectFormula('Sorg')).toBe('Sorg');
    expect(unprotectFormula("'vanlig")).toBe("'vanlig");
  });
});
