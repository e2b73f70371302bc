import { knownBlockLanguages, storeBlockLanguages } from './article-block-languages';
import type { DatabaseSync } from 'node:sqlite';
import * as z from 'zod';
import { TextEdit } from '../../shared/annotation/position-mapping';
import { ARTICLE_LIMITS, Link } from '../../shared/model/article';
import {
  ArticleTextEdit,
  type ArticleTextChange,
  type ArticleTextEditResult,
} from '../../shared/model/article-text-edit';
import { codePointLength } from '../../shared/text/code-points';
import { detectLanguage } from '../library/import/detect-language';
import { carryAnnotations } from './annotation-anchors';
import { listAnnotations } from './annotation-repository';
import { getArticle } from './article-repository';
import { splitsSurrogatePair } from '../../shared/text/surrogates';
import { checkBlocksInText } from './fragment-check';
import { carryLayerAnnotations } from './layers/layer-anchors';
import { carryRejections } from './suggestions/rejection-anchors';
import { textHash } from './text-hash';
import { invalid, notFound, parseInput } from './store-input';
import type { Stamp } from './authorship';

const StoredLinks = z.array(Link);

/** The text after the changes, which the model has checked for order and form but not against this text. */
function applyChanges(text: string, changes: readonly ArticleTextChange[]): string {
  const pieces: string[] = [];
  let at = 0;
  changes.forEach(({ from, to, insertedText }, i) => {
    const which = changes.length === 1 ? 'The change' : `Change ${i + 1}`;
    if (to > text.length) {
      throw invalid(
        `${which} (${from}–${to}) reaches past the end of the text, which is ${text.length} characters long.`,
      );
    }
    if (splitsSurrogatePair(text, from) || splitsSurrogatePair(text, to)) {
      throw invalid(`${which} (${from}–${to}) cuts a character (such as an emoji) in half.`);
    }
    pieces.push(text.slice(at, from), insertedText);
    at = to;
  });
  pieces.push(text.slice(at));
  return pieces.join('');
}

function checkEditedText(text: string, oldLength: number): void {
  if (text.trim() === '')
    throw invalid('The article text cannot be empty. To remove the article, move it to the trash.');
  // Imports may bring texts longer than a paste; editing one may not make it longer still.
  const maxChars = Math.max(ARTICLE_LIMITS.pastedTextMaxChars, oldLength);
  if (text.length > maxChars) {
    throw invalid(`The edited text would be ${text.length} characters long; an article holds at most ${maxChars}.`);
  }
  // Each inserted piece is NFC, but a piece can combine with its neighbours (e + a separate accent).
  if (text !== text.normalize('NFC')) {
    throw invalid(
      'The edit leaves characters that belong together apart (such as a letter and a separately typed accent). Type the combined character instead.',
    );
  }
}

/** Links move with their text; a link whose text is all gone goes too. */
function mapLinks(links: readonly Link[], edit: TextEdit): Link[] {
  return links.flatMap((link) => {
    const mapped = edit.mapFragments([{ start: link.start, end: link.end }]);
    const [range] = mapped.status === 'orphaned' ? [] : mapped.fragments;
    return range === undefined ? [] : [{ start: range.start, end: range.end, href: link.href }];
  });
}

/**
 * After undo or redo put an article's text back: a guessed language is guessed again from it. The
 * language is not journalled, so undo never overwrites one the analyst set or cleared meanwhile.
 */
export function guessLanguagesAgain(db: DatabaseSync, articleIds: readonly number[]): void {
  const guessed = db.prepare('SELECT text FROM article WHERE id = ? AND language_detected = 1');
  for (const id of articleIds) {
    const row = guessed.get(id) as { text: string } | undefined;
    if (row !== undefined) guessLanguageAgain(db, id, row.text);
  }
}

/**
 * A guessed language follows the text (a pasted snippet grown into a full article, a translation
 * pasted over the original); a text too short to tell keeps the guess it had.
 */
function guessLanguageAgain(db: DatabaseSync, id: number, text: string): void {
  const language = detectLanguage(text);
  if (language !== null)
    db.prepare('UPDATE article SET language = ? WHERE id = ? AND language IS NOT ?').run(language, id, language);
}

/**
 * Applies an edit to an article's stored text. Its blocks are replaced by the ones given, its links,
 * annotations (annotation-anchors.ts), rejected suggestions (rejection-anchors.ts) and colleagues'
 * layer annotations (layer-anchors.ts) move with the text, and annotations whose text is gone are
 * kept as orphans, never deleted. The caller runs it as one transaction.
 */
export function editArticleText(db: DatabaseSync, input: ArticleTextEdit, stamp: Stamp): ArticleTextEditResult {
  const { id, changes, blocks } = parseInput(ArticleTextEdit, input);
  const row = db.prepare('SELECT text, links_json, language_detected FROM article WHERE id = ?').get(id) as
    { text: string; links_json: string; language_detected: number } | undefined;
  if (row === undefined) throw notFound('That article does not exist (it may have been deleted).');
  const text = applyChanges(row.text, changes);
  checkEditedText(text, row.text.length);
  checkBlocksInText(text, blocks);
  const edit = new TextEdit(
    changes.map(({ from, to, insertedText }) => ({ from, to, insertedLength: insertedText.length })),
  );
  const links = mapLinks(StoredLinks.parse(JSON.parse(row.links_json)), edit);
  const knownLanguages = knownBlockLanguages(db, id);
  db.prepare(
    `UPDATE article SET text = ?, text_hash = ?, blocks_json = ?, links_json = ?, char_count = ?, updated_at = ?
     WHERE id = ?`,
  ).run(text, textHash(text), JSON.stringify(blocks), JSON.stringify(links), codePointLength(text), stamp.at, id);
  if (row.language_detected === 1) guessLanguageAgain(db, id, text);
  storeBlockLanguages(db, id, knownLanguages);
  const orphanedCount = carryAnnotations(db, id, edit, text, stamp);
  carryRejections(db, id, edit, text);
  const removedLayerAnnotationCount = carryLayerAnnotations(db, id, edit, text);
  return {
    article: getArticle(db, id),
    annotations: listAnnotations(db, id),
    orphanedCount,
    removedLayerAnnotationCount,
  };
}
