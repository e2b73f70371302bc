import { createHash, randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { Block, type Article, type ArticleSummary } from '../../shared/model/article';
import { WorkbenchError } from '../../shared/ipc/errors';
import { z } from 'zod';
import { codePointLength } from '../../shared/text/code-points';

/** What an importer (or a paste) hands to the store: the normalised text plus what it came from. */
export interface ArticleInput {
  title: string;
  text: string;
  blocks: Block[];
  originalBytes: Uint8Array;
  originalType: string;
  originalName: string | null;
  encoding: string;
}

interface SummaryRow {
  id: number;
  title: string;
  char_count: number;
  created_at: string;
}

interface ArticleRow {
  id: number;
  title: string;
  text: string;
  blocks_json: string;
  created_at: string;
}

const StoredBlocks = z.array(Block);

function toSummary(row: SummaryRow): ArticleSummary {
  return { id: row.id, title: row.title, charCount: row.char_count, createdAt: row.created_at };
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function insertArticle(db: DatabaseSync, input: ArticleInput, now: string): ArticleSummary {
  const result = db
    .prepare(
      `INSERT INTO article (uid, title, text, blocks_json, created_at, updated_at,
         original_name, original_type, original_bytes, encoding, content_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      randomUUID(),
      input.title,
      input.text,
      JSON.stringify(input.blocks),
      now,
      now,
      input.originalName,
      input.originalType,
      input.originalBytes,
      input.encoding,
      contentHash(input.originalBytes),
    );
  return {
    id: Number(result.lastInsertRowid),
    title: input.title,
    charCount: codePointLength(input.text),
    createdAt: now,
  };
}

export function listArticles(db: DatabaseSync): ArticleSummary[] {
  const rows = db
    .prepare(
      `SELECT id, title, length(text) AS char_count, created_at FROM article
       WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC`,
    )
    .all() as unknown as SummaryRow[];
  return rows.map(toSummary);
}

export function countArticles(db: DatabaseSync): number {
  const row = db.prepare('SELECT count(*) AS n FROM article WHERE deleted_at IS NULL').get() as { n: number };
  return row.n;
}

export function getArticle(db: DatabaseSync, id: number): Article {
  const row = db
    .prepare('SELECT id, title, text, blocks_json, created_at FROM article WHERE id = ? AND deleted_at IS NULL')
    .get(id) as ArticleRow | undefined;
  if (row === undefined)
    throw new WorkbenchError('not-found', 'That article does not exist (it may have been deleted).');
  return {
    id: row.id,
    title: row.title,
    text: row.text,
    blocks: StoredBlocks.parse(JSON.parse(row.blocks_json)),
    createdAt: row.created_at,
  };
}
