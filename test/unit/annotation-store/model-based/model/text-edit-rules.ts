import { ArticleTextEdit, type ArticleTextEditResult } from '../../../../../shared/model/article-text-edit';
import type { Annotation } from '../../../../../shared/model/annotation';
import { REFUSED, succeeds, type Prediction } from './prediction';
import type { ProjectModel } from './project-model';
import { expectSame } from './same';
import { allDeleted, applyChanges, intactAfter, shiftedUntouched, validChanges } from './text-rules';

/** What a text edit never touches: everything about an annotation but where it is. */
function meaning({ labelId, entityId, claim, note }: Annotation) {
  return { labelId, entityId, claim, note };
}

/**
 * Editing the text: refused if a change does not fit the text, or if the result would be empty or
 * not NFC (an accent typed apart from its letter). Annotations follow; what the model knows
 * exactly is checked exactly: those whose text is all gone become orphans and keep their old
 * anchor, those no change comes near move by what was inserted and deleted before them, orphans
 * found again quote what they quoted, and nothing but anchors changes. Where a change cuts through
 * an annotation the invariants (its quote is the text at its fragments) say the rest. A rejected
 * suggestion whose text no change reaches into moves with it; one a change reaches into, or whose
 * text had changed already, is forgotten.
 */
export function editArticleText(model: ProjectModel, edit: ArticleTextEdit): Prediction<ArticleTextEditResult> {
  const article = model.articles.get(edit.id);
  if (article === undefined || !ArticleTextEdit.safeParse(edit).success) return REFUSED;
  if (!validChanges(article.text, edit.changes)) return REFUSED;
  const text = applyChanges(article.text, edit.changes);
  if (text.trim() === '' || text !== text.normalize('NFC')) return REFUSED;
  return succeeds((result) => {
    expectSame(result.article.text, text, 'the edited text');
    const before = model.annotationsIn(edit.id);
    const ids = (annotations: readonly Annotation[]) => annotations.map((annotation) => annotation.id).sort();
    expectSame(ids(result.annotations), ids(before), 'the annotations of the edited article');
    for (const after of result.annotations) {
      const was = model.annotations.get(after.id);
      if (was === undefined) continue;
      const what = `annotation ${after.id} after the edit`;
      expectSame(meaning(after), meaning(was), what);
      if (was.orphaned && !after.orphaned) {
        expectSame(after.quote.exact, was.quote.exact, `${what}, found again,`);
        expectSame(after.fragments.length, was.fragments.length, `${what}, found again, has as many pieces: it`);
        continue;
      }
      const gone = was.orphaned || allDeleted(was.fragments, edit.changes);
      expectSame(after.orphaned, gone, `whether ${what} is an orphan`);
      if (gone) expectSame([after.fragments, after.quote], [was.fragments, was.quote], `the old anchor of ${what}`);
      const shifted = gone ? null : shiftedUntouched(was.fragments, edit.changes);
      if (shifted !== null) expectSame(after.fragments, shifted, `${what}, which no change touched,`);
    }
    const orphans = result.annotations.filter((annotation) => annotation.orphaned).length;
    expectSame(result.orphanedCount, orphans, 'the number of orphans');
    for (const rejection of [...model.rejections.values()]) {
      if (rejection.articleId !== edit.id) continue;
      // Re-decoding the text can leave a rejection stale already: the edit forgets it.
      const stale = article.text.slice(rejection.start, rejection.end) !== rejection.exact;
      const place = stale ? null : intactAfter(rejection, edit.changes);
      if (place === null) model.rejections.delete(rejection.id);
      else model.rejections.set(rejection.id, { ...rejection, ...place });
    }
    article.text = text;
    for (const annotation of result.annotations) model.annotations.set(annotation.id, annotation);
    expectSame(result.annotations, model.annotationsIn(edit.id), 'the annotations in text order');
  });
}
