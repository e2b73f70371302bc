import type { Annotation, NewAnnotation } from '../../../../../shared/model/annotation';
import type { Suggestion } from '../../../../../shared/model/suggestion';
import { createAnnotations } from './annotation-rules';
import { REFUSED, succeeds, type Prediction } from './prediction';
import type { ProjectModel } from './project-model';
import { expectSame } from './same';

function placeKey(articleId: number, start: number, end: number, labelId: number): string {
  return `${articleId}:${start}:${end}:${labelId}`;
}

/** Whether the suggestion's text is still in its article where it was proposed. */
function stillThere(model: ProjectModel, suggestion: Suggestion): boolean {
  const text = model.article(suggestion.articleId)?.text;
  return text !== undefined && text.slice(suggestion.start, suggestion.end) === suggestion.quote.exact;
}

/**
 * Accepting: each suggestion becomes a one-fragment annotation with its label, linked to the first
 * entity it names, all as one step; a place already annotated with that label, or listed twice, is
 * skipped; a suggestion whose text has changed since refuses the whole call.
 */
export function acceptSuggestions(model: ProjectModel, suggestions: readonly Suggestion[]): Prediction<Annotation[]> {
  if (!suggestions.every((suggestion) => stillThere(model, suggestion))) return REFUSED;
  const annotated = new Set(
    [...model.annotations.values()].flatMap((annotation) => {
      const [only, ...more] = annotation.fragments;
      return only === undefined || more.length > 0
        ? []
        : [placeKey(annotation.articleId, only.start, only.end, annotation.labelId)];
    }),
  );
  const inputs: NewAnnotation[] = [];
  for (const { articleId, start, end, labelId, entity } of suggestions) {
    const key = placeKey(articleId, start, end, labelId);
    if (annotated.has(key)) continue;
    annotated.add(key);
    const entityId = entity?.kind === 'existing' ? entity.entityIds[0] : undefined;
    inputs.push({ articleId, labelId, fragments: [{ start, end }], ...(entityId === undefined ? {} : { entityId }) });
  }
  if (inputs.length === 0) return succeeds((created) => expectSame(created, [], 'the annotations accepted'), false);
  return createAnnotations(model, inputs);
}

/**
 * Rejecting remembers each suggestion once (one rejected before at that place, with that label and
 * text, is not remembered again); the count says how many are new. Refused as accepting is.
 */
export function rejectSuggestions(model: ProjectModel, suggestions: readonly Suggestion[]): Prediction<number> {
  if (!suggestions.every((suggestion) => stillThere(model, suggestion))) return REFUSED;
  const known = new Set(
    [...model.rejections.values()].map((r) => `${placeKey(r.articleId, r.start, r.end, r.labelId)}:${r.exact}`),
  );
  const fresh = suggestions.filter((suggestion) => {
    const key = `${placeKey(suggestion.articleId, suggestion.start, suggestion.end, suggestion.labelId)}:${suggestion.quote.exact}`;
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  return succeeds((count) => {
    expectSame(count, fresh.length, 'the number of suggestions rejected');
    const ids = [...model.rejections.keys()];
    let next = Math.max(0, ...ids) + 1;
    for (const { articleId, start, end, labelId, quote, matched } of fresh) {
      model.rejections.set(next, { id: next, articleId, start, end, labelId, exact: quote.exact, matched });
      next++;
    }
  }, fresh.length > 0);
}

/** Forgetting rejections: those of the ids that exist go, and may be proposed again. */
export function forgetRejections(model: ProjectModel, ids: readonly number[]): Prediction<number> {
  const existing = [...new Set(ids)].filter((id) => model.rejections.has(id));
  return succeeds((count) => {
    expectSame(count, existing.length, 'the number of rejections forgotten');
    for (const id of existing) model.rejections.delete(id);
  }, existing.length > 0);
}
