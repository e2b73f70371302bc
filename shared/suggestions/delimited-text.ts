/** One record of a delimited file, with the line it starts on (1-based), for messages. */
export interface DelimitedRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

export type Delimiter = ',' | ';' | '\t';

const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];

/**
 * The delimiter of a CSV or TSV file, from its first line: a tab wins (names may hold commas), then
 * whichever of ";" and "," occurs more often outside quotes (spreadsheets in German locales write
 * ";"). A one-column file has none and reads as ",".
 */
export function sniffDelimiter(text: string): Delimiter {
  const firstLine = text.slice(0, text.search(/\r?\n|$/u));
  const unquoted = firstLine.replace(/"[^"]*"/gu, '');
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = unquoted.split(candidate).length - 1;
    if (candidate === '\t' && count > 0) return '\t';
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** A quoted field that never ends, named by the line it starts on. */
export class UnclosedQuoteError extends Error {
  constructor(readonly line: number) {
    super(`line ${line}: a quoted field is never closed`);
  }
}

/**
 * Reads RFC 4180 text: fields separated by `delimiter`, records by CRLF or LF, fields in double
 * quotes may hold delimiters, line breaks and doubled quotes (""). A byte order mark is dropped.
 * Blank lines are skipped. One pass, no backtracking, so a hostile file costs its length.
 */
export function readDelimited(text: string, delimiter: Delimiter): DelimitedRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: DelimitedRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0]?.trim() === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += char;
  }
  if (quoted) throw new UnclosedQuoteError(quoteLine);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
