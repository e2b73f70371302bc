import { createHash, randomUUID } from 'node:crypto';
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import * as z from 'zod';
import { WorkbenchError } from '../../shared/ipc/errors';
import {
  Block,
  Link,
  type Article,
  type ArticleEdit,
  type ArticleMetadata,
  type ArticleSummary,
} from '../../shared/model/article';
import { codePointLength } from '../../shared/text/code-points';
import { withoutDirectionControls } from '../../shared/text/direction-controls';
import { textHash } from './text-hash';
import type { ArticleReview, ReviewStatus } from '../../shared/model/review-status';

/** What an importer (or a paste) hands to the store: the normalised text plus what it came from. */
export interface ArticleInput {
  title: string;
  text: string;
  blocks: Block[];
  links: Link[];
  metadata: Omit<ArticleMetadata, 'tags'>;
  original: { bytes: Uint8Array; name: string | null; type: string; encoding: string | null };
  /** The language was guessed from the text (not declared by the file or set by the analyst), so text edits guess again. */
  languageDetected?: boolean;
}

interface SummaryRow {
  id: number;
  title: string;
  char_count: number;
  created_at: string;
  deleted_at: string | null;
  source: string | null;
  url: string | null;
  author: string | null;
  published_at: string | null;
  language: string | null;
  tag_list: string;
  review_status: ReviewStatus;
  review_by: number | null;
  review_at: string | null;
}

interface ArticleRow extends SummaryRow {
  text: string;
  blocks_json: string;
  links_json: string;
  original_name: string | null;
  original_type: string;
  encoding: string;
  byte_length: number;
  content_hash: string;
}

const SUMMARY_COLUMNS = `id, title, char_count, created_at, deleted_at, source, url, author, published_at, language, tag_list,
  review_status, review_by, review_at`;
const StoredBlocks = z.array(Block);
const StoredLinks = z.array(Link);
/** Pasted and binary originals have no text encoding; the column is NOT NULL, so they store this. */
const NO_ENCODING = '';

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function tagsOf(tagList: string): string[] {
  return tagList === '' ? [] : tagList.split('\n');
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    charCount: row.char_count,
    createdAt: row.created_at,
    deletedAt: row.deleted_at,
    metadata: {
      source: row.source,
      url: row.url,
      author: row.author,
      publishedAt: row.published_at,
      language: row.language,
      tags: tagsOf(row.tag_list),
    },
    ...reviewOf(row),
  };
}

/** Left out while the article is new and nobody set a status, as in every project from before statuses. */
function reviewOf(row: SummaryRow): { review?: ArticleReview } {
  if (row.review_status === 'new' && row.review_by === null && row.review_at === null) return {};
  return {
    review: {
      status: row.review_status,
      ...(row.review_by === null ? {} : { by: row.review_by }),
      ...(row.review_at === null ? {} : { at: row.review_at }),
    },
  };
}

function summaryById(db: DatabaseSync, id: number): ArticleSummary {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM article WHERE id = ?`).get(id) as SummaryRow | undefined;
  if (row === undefined) throw new WorkbenchError('not-found', 'That article does not exist.');
  return toSummary(row);
}

/** The summaries of the articles with these ids that exist (in the library or the trash). */
export function articleSummaries(db: DatabaseSync, ids: readonly number[]): ArticleSummary[] {
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM article WHERE id IN (SELECT value FROM json_each(?))`)
    .all(idList(ids)) as unknown as SummaryRow[];
  return rows.map(toSummary);
}

/** The article already holding these exact original bytes, if any (in the library or the trash). */
export function findByContentHash(db: DatabaseSync, hash: string): ArticleSummary | undefined {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM article WHERE content_hash = ? ORDER BY deleted_at IS NOT NULL, id LIMIT 1`,
    )
    .get(hash) as SummaryRow | undefined;
  return row === undefined ? undefined : toSummary(row);
}

/** The first article (in the library before the trash) whose normalised text is exactly this. */
export function findByTextHash(db: DatabaseSync, hash: string): ArticleSummary | undefined {
  const row = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM article WHERE text_hash = ? ORDER BY deleted_at IS NOT NULL, id LIMIT 1`)
    .get(hash) as SummaryRow | undefined;
  return row === undefined ? undefined : toSummary(row);
}

export function insertArticle(db: DatabaseSync, input: ArticleInput, now: string): ArticleSummary {
  const result = db
    .prepare(
      `INSERT INTO article (uid, title, text, blocks_json, links_json, char_count, source, url, author, published_at,
         language, language_detected, created_at, updated_at, original_name, original_type, original_bytes,
         encoding, content_hash, text_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      randomUUID(),
      withoutDirectionControls(input.title),
      input.text,
      JSON.stringify(input.blocks),
      JSON.stringify(input.links),
      codePointLength(input.text),
      oneLine(input.metadata.source),
      input.metadata.url,
      oneLine(input.metadata.author),
      input.metadata.publishedAt,
      input.metadata.language,
      input.languageDetected === true ? 1 : 0,
      now,
      now,
      input.original.name,
      input.original.type,
      input.original.bytes,
      input.original.encoding ?? NO_ENCODING,
      contentHash(input.original.bytes),
      textHash(input.text),
    );
  return summaryById(db, Number(result.lastInsertRowid));
}

export function listArticles(db: DatabaseSync, inTrash: boolean): ArticleSummary[] {
  const sql = inTrash
    ? `SELECT ${SUMMARY_COLUMNS} FROM article WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC`
    : `SELECT ${SUMMARY_COLUMNS} FROM article WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC`;
  return (db.prepare(sql).all() as unknown as SummaryRow[]).map(toSummary);
}

export function countArticles(db: DatabaseSync): number {
  const row = db.prepare('SELECT count(*) AS n FROM article WHERE deleted_at IS NULL').get() as { n: number };
  return row.n;
}

export function getArticle(db: DatabaseSync, id: number): Article {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, text, blocks_json, links_json, original_name, original_type, encoding,
         length(original_bytes) AS byte_length, content_hash
       FROM article WHERE id = ?`,
    )
    .get(id) as ArticleRow | undefined;
  if (row === undefined)
    throw new WorkbenchError('not-found', 'That article does not exist (it may have been deleted).');
  return {
    ...toSummary(row),
    text: row.text,
    blocks: StoredBlocks.parse(JSON.parse(row.blocks_json)),
    links: StoredLinks.parse(JSON.parse(row.links_json)),
    origin: {
      fileName: row.original_name,
      mediaType: row.original_type,
      encoding: row.encoding === NO_ENCODING ? null : row.encoding,
      byteLength: row.byte_length,
      contentHash: row.content_hash,
    },
  };
}

export function getOriginal(db: DatabaseSync, id: number): { bytes: Uint8Array; name: string | null } {
  const row = db.prepare('SELECT original_bytes, original_name FROM article WHERE id = ?').get(id) as
    { original_bytes: Uint8Array; original_name: string | null } | undefined;
  if (row === undefined) throw new WorkbenchError('not-found', 'That article does not exist.');
  return { bytes: row.original_bytes, name: row.original_name };
}

const EDITABLE_COLUMNS = {
  title: 'title',
  source: 'source',
  url: 'url',
  author: 'author',
  publishedAt: 'published_at',
  language: 'language',
} as const;

function setTags(db: DatabaseSync, id: number, tags: readonly string[]): void {
  const unique = [...new Set(tags)];
  db.prepare('DELETE FROM article_tag WHERE article_id = ?').run(id);
  const insert = db.prepare('INSERT INTO article_tag (article_id, tag) VALUES (?, ?)');
  for (const tag of unique) insert.run(id, tag);
  db.prepare('UPDATE article SET tag_list = ? WHERE id = ?').run(unique.join('\n'), id);
}

/** Names shown on one line (title, source, author) are kept without direction controls. */
function oneLine(value: string | null): string | null {
  return value === null ? null : withoutDirectionControls(value);
}

export function updateArticle(db: DatabaseSync, id: number, edit: ArticleEdit, now: string): ArticleSummary {
  summaryById(db, id);
  const assignments: string[] = [];
  const values: SQLInputValue[] = [];
  for (const [field, column] of Object.entries(EDITABLE_COLUMNS)) {
    const value = edit[field as keyof typeof EDITABLE_COLUMNS];
    if (value === undefined) continue;
    assignments.push(`${column} = ?`);
    // An emptied field means "unknown", which the store keeps as NULL rather than as "".
    values.push(value === '' ? null : typeof value === 'string' ? withoutDirectionControls(value) : value);
  }
  // A language the analyst sets (or clears) is theirs: text edits no longer guess it.
  if (edit.language !== undefined) assignments.push('language_detected = 0');
  if (assignments.length > 0) {
    db.prepare(`UPDATE article SET ${assignments.join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now, id);
  }
  if (edit.tags !== undefined) setTags(db, id, edit.tags);
  return summaryById(db, id);
}

/** Replaces the text and its structure, for re-decoding the original with another encoding. */
export function replaceText(
  db: DatabaseSync,
  id: number,
  content: { text: string; blocks: Block[]; links: Link[]; encoding: string },
  now: string,
): void {
  db.prepare(
    `UPDATE article SET text = ?, text_hash = ?, blocks_json = ?, links_json = ?, char_count = ?, encoding = ?,
       updated_at = ?
     WHERE id = ?`,
  ).run(
    content.text,
    textHash(content.text),
    JSON.stringify(content.blocks),
    JSON.stringify(content.links),
    codePointLength(content.text),
    content.encoding,
    now,
    id,
  );
}

export function countAnnotations(db: DatabaseSync, articleId: number): number {
  const row = db.prepare('SELECT count(*) AS n FROM annotation WHERE article_id = ?').get(articleId) as { n: number };
  return row.n;
}

function idList(ids: readonly number[]): string {
  return JSON.stringify([...new Set(ids)]);
}

export function moveToTrash(db: DatabaseSync, ids: readonly number[], now: string): number {
  return Number(
    db
      .prepare('UPDATE article SET deleted_at = ? WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))')
      .run(now, idList(ids)).changes,
  );
}

export function restoreFromTrash(db: DatabaseSync, ids: readonly number[]): number {
  return Number(
    db
      .prepare(
        'UPDATE article SET deleted_at = NULL WHERE deleted_at IS NOT NULL AND id IN (SELECT value FROM json_each(?))',
      )
      .run(idList(ids)).changes,
  );
}

export function emptyTrash(db: DatabaseSync): number {
  return Number(db.prepare('DELETE FROM article WHERE deleted_at IS NOT NULL').run().changes);
}
