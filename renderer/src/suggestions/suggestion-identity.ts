import type { Annotation } from '../../../shared/model/annotation';
import type { Suggestion, SuggestionOrigin, SuggestionRejection } from '../../../shared/model/suggestion';

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

/** A rejection turns down the suggestion it was made of. */
export function wasRejected(suggestion: Suggestion, rejection: SuggestionRejection): boolean {
  return sameSuggestion(suggestion, rejection);
}

/** Whether any piece of an annotation shares text with the suggestion: it is annotated already. */
export function overlapsAnnotation(suggestion: Suggestion, annotation: Annotation): boolean {
  return (
    annotation.articleId === suggestion.articleId &&
    annotation.fragments.some((fragment) => fragment.start < suggestion.end && suggestion.start < fragment.end)
  );
}
