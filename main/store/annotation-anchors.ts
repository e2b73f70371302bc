import type { DatabaseSync } from 'node:sqlite';
import type { TextEdit } from '../../shared/annotation/position-mapping';
import { reanchor } from '../../shared/annotation/re-anchor';
import { buildTextQuote } from '../../shared/annotation/text-quote';
import { Fragments, type Annotation, type TextFragment } from '../../shared/model/annotation';
import type { TextRange } from '../../shared/text/offsets';
import { getAnnotation, listAnnotations } from './annotation-repository';
import { checkFragmentsInText } from './fragment-check';
import { notFound, parseInput } from './store-input';
import type { Stamp } from './authorship';

/** Where an annotation is: its fragments in the current text, or orphaned at its last known place. */
type Anchor = { readonly fragments: readonly TextRange[]; readonly orphaned: false } | { readonly orphaned: true };

/**
 * Stores where an annotation now is. An orphan keeps its last fragments and quote, which say what
 * and where it was. `updated_at` changes only when what is annotated does (its text, or being an
 * orphan): moving with the text around it is no change to the annotation.
 */
function writeAnchor(db: DatabaseSync, annotation: Annotation, anchor: Anchor, text: string, stamp: Stamp): void {
  if (anchor.orphaned) {
    db.prepare('UPDATE annotation SET orphaned = 1, updated_at = ?, updated_by = ? WHERE id = ?').run(
      stamp.at,
      stamp.by,
      annotation.id,
    );
    return;
  }
  const quote = buildTextQuote(text, anchor.fragments);
  db.prepare(
    `UPDATE annotation SET quote_exact = ?1, quote_prefix = ?2, quote_suffix = ?3, orphaned = 0,
       updated_at = CASE WHEN quote_exact IS NOT ?1 OR orphaned = 1 THEN ?4 ELSE updated_at END,
       updated_by = CASE WHEN quote_exact IS NOT ?1 OR orphaned = 1 THEN ?6 ELSE updated_by END
     WHERE id = ?5`,
  ).run(quote.exact, quote.prefix, quote.suffix, stamp.at, annotation.id, stamp.by);
  replaceFragments(db, annotation.id, annotation.fragments, anchor.fragments);
}

/** Rewrites only the fragment rows that differ, so a shifted annotation costs one update per piece. */
function replaceFragments(
  db: DatabaseSync,
  id: number,
  old: readonly TextRange[],
  fragments: readonly TextRange[],
): void {
  db.prepare('DELETE FROM annotation_fragment WHERE annotation_id = ? AND seq >= ?').run(id, fragments.length);
  const update = db.prepare('UPDATE annotation_fragment SET start = ?, end = ? WHERE annotation_id = ? AND seq = ?');
  const insert = db.prepare('INSERT INTO annotation_fragment (annotation_id, seq, start, end) VALUES (?, ?, ?, ?)');
  fragments.forEach(({ start, end }, seq) => {
    const before = old[seq];
    if (before === undefined) insert.run(id, seq, start, end);
    else if (before.start !== start || before.end !== end) update.run(start, end, id, seq);
  });
}

function sameQuote(a: Annotation['quote'], b: Annotation['quote']): boolean {
  return a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix;
}

/**
 * Carries every annotation of an article through an edit of its text (`edit`, giving `text`):
 * mapped ones move with their text, those whose text is all deleted become orphans, and orphans
 * whose quote the new text holds again, unambiguously, are found and re-attached. Returns how
 * many are orphaned afterwards.
 */
export function carryAnnotations(
  db: DatabaseSync,
  articleId: number,
  edit: TextEdit,
  text: string,
  stamp: Stamp,
): number {
  let orphaned = 0;
  for (const annotation of listAnnotations(db, articleId)) {
    if (annotation.orphaned) {
      const found = reanchor(annotation, text);
      if (found.status === 'orphaned') orphaned++;
      else writeAnchor(db, annotation, { fragments: found.fragments, orphaned: false }, text, stamp);
      continue;
    }
    const mapped = edit.mapFragments(annotation.fragments);
    if (mapped.status === 'orphaned') {
      orphaned++;
      writeAnchor(db, annotation, { orphaned: true }, text, stamp);
    } else if (mapped.status === 'mapped' || !sameQuote(annotation.quote, buildTextQuote(text, mapped.fragments))) {
      // Unmoved annotations are rewritten too when their context changed: re-anchoring relies on it.
      writeAnchor(db, annotation, { fragments: mapped.fragments, orphaned: false }, text, stamp);
    }
  }
  return orphaned;
}

/** Gives an annotation (orphaned or not) new fragments in its article's current text. */
export function reattachAnnotation(
  db: DatabaseSync,
  id: number,
  input: readonly TextFragment[],
  stamp: Stamp,
): Annotation {
  const fragments = parseInput(Fragments, input);
  const annotation = getAnnotation(db, id);
  const row = db.prepare('SELECT text FROM article WHERE id = ?').get(annotation.articleId) as
    { text: string } | undefined;
  if (row === undefined) throw notFound('The article of that annotation does not exist.');
  checkFragmentsInText(row.text, fragments);
  writeAnchor(db, annotation, { fragments, orphaned: false }, row.text, stamp);
  return getAnnotation(db, id);
}
