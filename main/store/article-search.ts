import type { DatabaseSync } from 'node:sqlite';
import type { SearchHit } from '../../shared/model/library';
import { toFtsQuery } from './search-query';

// Marker characters from the C0 range cannot occur in normalised article text that passed import.
const OPEN = '\u0002';
const CLOSE = '\u0003';
const CUT = '\u0004';
const SNIPPET_TOKENS = 16;
const TEXT_COLUMN = 1;

interface HitRow {
  id: number;
  title: string;
  snippet: string;
  text: string;
}

/** Splits FTS5's marked snippet into display text with highlight ranges, and finds it in the article. */
function toHit(row: HitRow): SearchHit {
  const highlights: { start: number; end: number }[] = [];
  let plain = '';
  let openAt = -1;
  for (const char of row.snippet) {
    if (char === OPEN) openAt = plain.length;
    else if (char === CLOSE && openAt >= 0) {
      highlights.push({ start: openAt, end: plain.length });
      openAt = -1;
    } else plain += char;
  }
  const leadingCut = plain.startsWith(CUT) ? 1 : 0;
  const core = plain.slice(leadingCut, plain.endsWith(CUT) ? -1 : undefined);
  const first = highlights[0];
  const coreAt = first === undefined ? -1 : row.text.indexOf(core);
  return {
    articleId: row.id,
    title: row.title,
    snippet: plain.replaceAll(CUT, '…'),
    highlights,
    textOffset: first === undefined || coreAt < 0 ? null : coreAt + first.start - leadingCut,
  };
}

/** Ranked full-text search over articles not in the trash; metadata fields are searched too. */
export function searchArticles(db: DatabaseSync, userQuery: string, limit: number): SearchHit[] {
  const match = toFtsQuery(userQuery);
  if (match === null) return [];
  const rows = db
    .prepare(
      `SELECT a.id, a.title, snippet(article_fts, ${TEXT_COLUMN}, ?, ?, ?, ${SNIPPET_TOKENS}) AS snippet, a.text
       FROM article_fts JOIN article a ON a.id = article_fts.rowid
       WHERE article_fts MATCH ? AND a.deleted_at IS NULL
       ORDER BY rank LIMIT ?`,
    )
    .all(OPEN, CLOSE, CUT, match, limit) as unknown as HitRow[];
  return rows.map(toHit);
}
