import type { DatabaseSync } from 'node:sqlite';
import { Fragments, TextQuote, type TextFragment } from '../../shared/model/annotation';
import { notFound, parseInput } from './store-input';

/**
 * Marks an annotation orphaned with the anchor it had where it came from (a bundle from another
 * project): fragments and quote of a text that has since changed, so they are not checked against
 * this one. The annotation keeps them for the user to re-attach by hand.
 */
export function restoreOrphanedAnchor(
  db: DatabaseSync,
  id: number,
  fragments: readonly TextFragment[],
  quote: TextQuote,
): void {
  const checkedFragments = parseInput(Fragments, fragments);
  const checkedQuote = parseInput(TextQuote, quote);
  const changes = db
    .prepare('UPDATE annotation SET orphaned = 1, quote_exact = ?, quote_prefix = ?, quote_suffix = ? WHERE id = ?')
    .run(checkedQuote.exact, checkedQuote.prefix, checkedQuote.suffix, id).changes;
  if (Number(changes) === 0) throw notFound('That annotation does not exist (it may have been deleted).');
  db.prepare('DELETE FROM annotation_fragment WHERE annotation_id = ?').run(id);
  const insert = db.prepare('INSERT INTO annotation_fragment (annotation_id, seq, start, end) VALUES (?, ?, ?, ?)');
  checkedFragments.forEach((fragment, seq) => insert.run(id, seq, fragment.start, fragment.end));
}
