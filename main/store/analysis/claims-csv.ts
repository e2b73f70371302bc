import type { DatabaseSync } from 'node:sqlite';
import type { ClaimColumn, ClaimRow, ClaimsCsvQuery } from '../../../shared/model/analysis';
import { csvText, type CsvCell } from '../../../shared/csv/csv-text';
import { claimRows, orderedClaimIds } from './claims-query';

const CHUNK = 1000;

const FIXED_HEADERS: Readonly<Record<string, string>> = {
  text: 'Claim',
  claimant: 'Claimant',
  about: 'About',
  date: 'Date',
  article: 'Article',
  source: 'Source',
};

function cell(row: ClaimRow, column: ClaimColumn, labelName: (id: number) => string): CsvCell {
  switch (column) {
    case 'text':
      return row.text;
    case 'claimant':
      return row.claimant?.name ?? null;
    case 'about':
      return row.about.map((entity) => entity.name).join('; ');
    case 'date':
      return row.date;
    case 'article':
      return row.articleTitle;
    case 'source':
      return row.source;
    default: {
      const value = row.attributes[column.slice('attribute:'.length)];
      return value === undefined ? null : labelName(value);
    }
  }
}

/**
 * Every claim of the query (not only the rows on screen) in the table's order and columns, as the
 * CSV export writes files: formula-like cells defused, a byte order mark for Excel.
 */
export function claimsCsv(db: DatabaseSync, query: ClaimsCsvQuery): string {
  const names = new Map(
    (db.prepare('SELECT id, name FROM label').all() as { id: number; name: string }[]).map((l) => [l.id, l.name]),
  );
  const labelName = (id: number) => names.get(id) ?? '';
  const header = query.columns.map(
    (column) => FIXED_HEADERS[column] ?? labelName(Number(column.slice('attribute:'.length))),
  );
  const ids = orderedClaimIds(db, query);
  function* rows(): Generator<CsvCell[]> {
    for (let first = 0; first < ids.length; first += CHUNK) {
      for (const row of claimRows(db, ids.slice(first, first + CHUNK))) {
        yield query.columns.map((column) => cell(row, column, labelName));
      }
    }
  }
  return [...csvText(header, rows(), true)].join('');
}
