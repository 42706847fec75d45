import { describe, expect, it } from 'vitest';
import { detectCsvDelimiter, parseCsv, parseCsvRecords, toCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads semicolon files as Norwegian Excel writes them, with BOM and CRLF', () => {
    const text = '\uFEFFnavn;kommune;beskrivelse\r\nSorg;4601;"Hei; og velkommen"\r\n';
    expect(parseCsv(text)).toEqual([
      ['navn', 'kommune', 'beskrivelse'],
      ['Sorg', '4601', 'Hei; og velkommen'],
    ]);
    expect(detectCsvDelimiter(text)).toBe(';');
  });

  it('reads comma files with LF', () => {
    expect(parseCsv('name,description\nAngst,"Trygg, åpen"\n')).toEqual([
      ['name', 'description'],
      ['Angst', 'Trygg, åpen'],
    ]);
  });

  it('detects the delimiter from the header line only, outside quotes', () => {
    expect(detectCsvDelimiter('"a,b";c\n1,2,3,4')).toBe(';');
    expect(detectCsvDelimiter('a,b,c\nx;y;z;w')).toBe(',');
    expect(detectCsvDelimiter('navn')).toBe(';');
  });

  it('handles quoted quotes, delimiters and line breaks', () => {
    const text = 'a;b\r\n"Han sa ""hei""";"linje 1\r\nlinje 2"\r\n"";x\r\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['Han sa "hei"', 'linje 1\r\nlinje 2'],
      ['', 'x'],
    ]);
  });

  it('numbers records by the line they start on, counting quoted line breaks and blank lines', () => {
    const text = 'a;b\n"1\n2\n3";x\n\nlast;y';
    expect(parseCsvRecords(text).records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1\n2\n3', 'x'] },
      { line: 6, cells: ['last', 'y'] },
    ]);
  });

  it('keeps empty trailing cells and skips empty lines', () => {
    expect(parseCsv('a;b;c\r\n1;;\r\n\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', ''],
    ]);
  });

  it('reports a quote that never closes', () => {
    const parsed = parseCsvRecords('a;b\n1;"open\n2;3\n');
    expect(parsed.unterminatedQuoteLine).toBe(2);
  });

  it('is lenient with stray quotes inside unquoted fields', () => {
    expect(parseCsv('a;b\n5" skjerm;x')).toEqual([
      ['a', 'b'],
      ['5" skjerm', 'x'],
    ]);
  });
});

describe('toCsv', () => {
  it('writes BOM, CRLF and semicolons, quoting only where needed', () => {
    expect(
      toCsv([
        ['navn', 'notat'],
        ['Sorg; savn', 'Han sa "hei"'],
        ['To\nlinjer', 'enkel'],
      ]),
    ).toBe('\uFEFFnavn;notat\r\n"Sorg; savn";"Han sa ""hei"""\r\n"To\nlinjer";enkel\r\n');
  });

  it('quotes commas only when comma is the delimiter', () => {
    expect(toCsv([['a,b', 'c;d']], ',')).toBe('\uFEFF"a,b",c;d\r\n');
    expect(toCsv([['a,b', 'c;d']])).toBe('\uFEFFa,b;"c;d"\r\n');
  });

  it('round-trips awkward cells', () => {
    const rows = [
      ['æøå ÆØÅ', '"', '""', ';', ',', '\r\n', 'a\nb', ' mellomrom ', ''],
      ['x', '', '', '', '', '', '', '', 'slutt'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
    expect(parseCsv(toCsv(rows, ','))).toEqual(rows);
  });
});
