/*
 * RFC 4180 CSV, as spreadsheets write it: fields in double quotes may hold delimiters, quotes
 * ("") and line breaks; lines end in CRLF or LF. Norwegian Excel writes `;` (the comma is the
 * decimal sign), so the delimiter is detected from the header line, and files we write start
 * with a UTF-8 BOM so Excel reads æøå correctly.
 */

export type CsvDelimiter = ';' | ',';

const BOM = '\uFEFF';

export interface CsvRecord {
  /** The physical line (1-based) the record starts on; a quoted line break moves later records down. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  delimiter: CsvDelimiter;
  /** Records in file order; empty lines are left out. */
  records: CsvRecord[];
  /** The line where a quoted field opened and never closed, if any. */
  unterminatedQuoteLine: number | null;
}

function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/** `;` or `,`, whichever the header line (the first record) has more of outside quotes; `;` on a tie. */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let inQuotes = false;
  for (const character of stripBom(text)) {
    if (character === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (character === '\n' || character === '\r')) break;
    else if (!inQuotes && character === ';') semicolons += 1;
    else if (!inQuotes && character === ',') commas += 1;
  }
  return commas > semicolons ? ',' : ';';
}

export function parseCsvRecords(input: string): ParsedCsv {
  const text = stripBom(input);
  const delimiter = detectCsvDelimiter(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  let quotedRecord = false;
  let line = 1;
  let recordLine = 1;

  const endField = () => {
    cells.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    const blank = cells.length === 1 && cells[0] === '' && !quotedRecord;
    if (!blank) records.push({ line: recordLine, cells });
    cells = [];
    quotedRecord = false;
  };

  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    if (inQuotes) {
      if (character === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 1;
        } else {
          inQuotes = false;
        }
      } else {
        if (character === '\n' || (character === '\r' && text[index + 1] !== '\n')) line += 1;
        field += character;
      }
      continue;
    }
    if (character === '"' && field === '') {
      inQuotes = true;
      quotedRecord = true;
    } else if (character === delimiter) {
      endField();
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      // Lenient: a stray quote inside an unquoted field, or text after a closing quote, is kept as is.
      field += character;
    }
  }
  const unterminatedQuoteLine = inQuotes ? recordLine : null;
  if (field !== '' || cells.length > 0 || quotedRecord) endRecord();
  return { delimiter, records, unterminatedQuoteLine };
}

/** The cells of each non-empty record. */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).records.map((record) => record.cells);
}

function quoteCell(cell: string, delimiter: CsvDelimiter): string {
  if (cell.includes(delimiter) || /["\r\n]/.test(cell)) return `"${cell.replace(/"/g, '""')}"`;
  return cell;
}

/** CSV text with a UTF-8 BOM and CRLF line ends, quoting only the cells that need it. */
export function toCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ';'): string {
  return BOM + rows.map((row) => row.map((cell) => quoteCell(cell, delimiter)).join(delimiter) + '\r\n').join('');
}
