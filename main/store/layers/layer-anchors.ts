import type { DatabaseSync } from 'node:sqlite';
import type { TextEdit } from '../../../shared/annotation/position-mapping';
import { buildTextQuote } from '../../../shared/annotation/text-quote';
import { fragmentsJson, storedFragments } from './stored-layer-columns';

interface PlacedLayerAnnotation {
  id: number;
  fragments_json: string;
  quote: string;
}

/**
 * Carries the colleagues' annotations of an article through an edit of its text (`edit`, giving
 * `text`) by the rules the project's own annotations follow, so the window draws them, and agreement
 * and curation compare them, where their text now is. Their quote follows the text; when they were
 * made stays the colleague's. One whose text is all gone has no place to be kept at (a layer
 * annotation always covers some text) and is removed; undo brings it back. Returns how many were.
 */
export function carryLayerAnnotations(db: DatabaseSync, articleId: number, edit: TextEdit, text: string): number {
  // Those ending before the first change keep their place and quote (a quote has no context): a
  // dense layer costs an edit near the end of a long article nothing.
  const rows = db
    .prepare('SELECT id, fragments_json, quote FROM layer_annotation WHERE article_id = ? AND end > ?')
    .all(articleId, edit.firstChangeAt) as unknown as PlacedLayerAnnotation[];
  const remove = db.prepare('DELETE FROM layer_annotation WHERE id = ?');
  const move = db.prepare('UPDATE layer_annotation SET start = ?, end = ?, fragments_json = ?, quote = ? WHERE id = ?');
  let removed = 0;
  for (const row of rows) {
    const mapped = edit.mapFragments(storedFragments(row.fragments_json));
    if (mapped.status === 'orphaned') {
      remove.run(row.id);
      removed++;
      continue;
    }
    const { fragments } = mapped;
    const first = fragments[0];
    const last = fragments[fragments.length - 1];
    // Past the end only if it was past the old end already (a text re-decoded after the import): left as it is.
    if (first === undefined || last === undefined || last.end > text.length) continue;
    const quote = buildTextQuote(text, fragments).exact;
    if (mapped.status === 'mapped' || quote !== row.quote) {
      move.run(first.start, last.end, fragmentsJson(fragments), quote, row.id);
    }
  }
  return removed;
}
