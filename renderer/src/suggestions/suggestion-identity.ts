import type { ArticleAnnotation } from '../../../shared/model/annotation';
import type { Suggestion, SuggestionOrigin } from '../../../shared/model/suggestion';

type Placed = Pick<Suggestion, 'articleId' | 'start' | 'end' | 'labelId' | 'origin'>;

function originKey(origin: SuggestionOrigin): string {
  switch (origin.kind) {
    case 'registry':
      return 'registry';
    case 'gazetteer':
      return `gazetteer:${origin.gazetteerId}`;
    case 'pattern':
      return `pattern:${origin.patternSetId}`;
  }
}

/** What tells one suggestion of an article from another: its place, label and source. */
export function suggestionKey(suggestion: Placed): string {
  return `${suggestion.articleId}:${suggestion.start}:${suggestion.end}:${suggestion.labelId}:${originKey(suggestion.origin)}`;
}

export function sameSuggestion(a: Placed, b: Placed): boolean {
  return suggestionKey(a) === suggestionKey(b);
}

/**
 * Whether a suggestion shares text with any piece of these annotations: it is annotated already.
 * An accept-all brings thousands of annotations over thousands of suggestions, so the pieces are
 * sorted once and each suggestion is looked up in them.
 */
export function coveredBy(annotations: readonly ArticleAnnotation[]): (suggestion: Suggestion) => boolean {
  const pieces = annotations
    .flatMap((annotation) => annotation.fragments.map((fragment) => ({ ...fragment, articleId: annotation.articleId })))
    .sort((a, b) => a.start - b.start);
  // The furthest end among the pieces up to each one, so one look-up answers for all before it.
  const reach: number[] = [];
  for (const piece of pieces) reach.push(Math.max(piece.end, reach.at(-1) ?? 0));
  const articles = new Set(annotations.map((annotation) => annotation.articleId));
  return (suggestion) => {
    if (!articles.has(suggestion.articleId)) return false;
    // The last piece starting before the suggestion ends; any piece up to it may reach into it.
    let low = 0;
    let high = pieces.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((pieces[middle]?.start ?? Infinity) < suggestion.end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (reach[low - 1] ?? 0) > suggestion.start;
  };
}
