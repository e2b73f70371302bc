import { expect } from 'vitest';

// A strict reader of WebAnno TSV 3.3 for tests, following the format description (webannotsv.adoc)
// and INCEpTION's serializer: it checks the layout every file must have and gives the rows back.

export interface TsvLayer {
  readonly kind: 'SP' | 'RL';
  readonly type: string;
  readonly features: readonly string[];
}

export interface TsvRow {
  readonly id: string;
  readonly begin: number;
  readonly end: number;
  readonly token: string;
  readonly columns: readonly string[];
}

export interface TsvSentence {
  readonly text: string;
  readonly rows: readonly TsvRow[];
}

export interface TsvFile {
  readonly layers: readonly TsvLayer[];
  readonly sentences: readonly TsvSentence[];
}

export function readTsv(content: string): TsvFile {
  const [head = '', ...blocks] = content.split('\n\n\n');
  const headerLines = head.split('\n');
  expect(headerLines[0]).toBe('#FORMAT=WebAnno TSV 3.3');
  const layers = headerLines.slice(1).map((line): TsvLayer => {
    const match = /^#T_(SP|RL)=([^|]+)\|?(.*)$/.exec(line);
    expect(match, `header line ${line}`).not.toBeNull();
    return { kind: match?.[1] as 'SP' | 'RL', type: match?.[2] ?? '', features: (match?.[3] ?? '').split('|') };
  });
  const columnCount = 3 + layers.reduce((sum, layer) => sum + layer.features.length, 0);
  expect(blocks).toHaveLength(1);
  expect(content.endsWith('\t\n')).toBe(true);
  const sentences = (blocks[0] ?? '')
    .replace(/\n$/, '')
    .split('\n\n')
    .map((block): TsvSentence => {
      const lines = block.split('\n');
      const texts = lines.filter((line) => line.startsWith('#Text='));
      expect(texts.length).toBeGreaterThan(0);
      const rows = lines.slice(texts.length).map((line): TsvRow => {
        expect(line.endsWith('\t'), `row without its final tab: ${line}`).toBe(true);
        const [id = '', offsets = '', token = '', ...columns] = line.slice(0, -1).split('\t');
        expect(id).toMatch(/^\d+-\d+$/);
        expect(columns).toHaveLength(columnCount - 3);
        const [begin, end] = offsets.split('-').map(Number);
        return { id, begin: begin ?? NaN, end: end ?? NaN, token, columns };
      });
      return { text: texts.map((line) => unescapeText(line.slice('#Text='.length))).join('\n'), rows };
    });
  return { layers, sentences };
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = { t: '\t', n: '\n', f: '\f', r: '\r', b: '\b', '\\': '\\' };

export function unescapeText(text: string): string {
  return text.replace(/\\([\s\S])/g, (_, char: string) => TEXT_ESCAPES[char] ?? char);
}

/** The stacked values of one column, split at unescaped `|`, each with its disambiguation id. */
export function stackedValues(column: string): { value: string; id: number | null }[] {
  if (column === '_') return [];
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < column.length; i++) {
    const char = column.charAt(i);
    if (char === '\\') {
      current += column.slice(i, i + 2);
      i++;
    } else if (char === '|') {
      values.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  values.push(current);
  return values.map((raw) => {
    const match = /^(.*?)(?:\[(\d+)\])?$/s.exec(raw);
    return { value: unescapeValue(match?.[1] ?? raw), id: match?.[2] === undefined ? null : Number(match[2]) };
  });
}

export function unescapeValue(value: string): string {
  return value.replace(/\\(->|[\s\S])/g, (_, escaped: string) =>
    escaped === 't' ? '\t' : escaped === 'n' ? '\n' : escaped,
  );
}

/** Spans of a span layer column as `value begin–end`, joining rows that share a disambiguation id. */
export function spansInColumn(file: TsvFile, column: number): string[] {
  const rows = file.sentences.flatMap((sentence) => sentence.rows);
  const byId = new Map<number, { value: string; begin: number; end: number }>();
  const single: string[] = [];
  for (const row of rows) {
    for (const { value, id } of stackedValues(row.columns[column] ?? '_')) {
      if (id === null) {
        single.push(`${value} ${row.begin}–${row.end}`);
        continue;
      }
      const open = byId.get(id);
      if (open === undefined) byId.set(id, { value, begin: row.begin, end: row.end });
      else open.end = row.end;
    }
  }
  return [...single, ...[...byId.values()].map(({ value, begin, end }) => `${value} ${begin}–${end}`)].sort();
}
