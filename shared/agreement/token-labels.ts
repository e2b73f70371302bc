import type { LabelId } from '../model/annotation';
import type { TextRange } from '../text/offsets';
import type { AnnotatedSpan } from './annotated-span';

/** The category of a token no span covers ("outside", as in IOB tagging). */
export const NO_LABEL = 'O';
export type TokenCategory = LabelId | typeof NO_LABEL;

/** What one annotator's spans say about one token. */
export interface TokenLabel {
  /**
   * The labels of every span that shares at least one UTF-16 code unit with the token, ascending.
   * The per-label (one-vs-rest) coefficients read this, so nested and overlapping spans each count.
   */
  readonly covering: readonly LabelId[];
  /**
   * The one category the overall coefficients and the confusion matrix compare: the label of the
   * shortest covering span — the innermost of nested spans, as "Russischen Föderation" inside a title
   * — and of equally long ones the lowest label id; NO_LABEL where no span covers the token.
   */
  readonly category: TokenCategory;
}

const UNCOVERED: TokenLabel = { covering: [], category: NO_LABEL };

/** One annotator's label of each token; `tokens` sorted and not overlapping, as wordTokens gives them. */
export function labelTokens(tokens: readonly TextRange[], spans: readonly AnnotatedSpan[]): TokenLabel[] {
  const covering: Set<LabelId>[] = [];
  const innermost: AnnotatedSpan[] = [];
  for (const span of spans) {
    for (let t = firstTokenEndingAfter(tokens, span.start); t < tokens.length; t++) {
      const token = tokens[t];
      if (token === undefined || token.start >= span.end || span.start >= span.end) break;
      (covering[t] ??= new Set()).add(span.label);
      const current = innermost[t];
      if (current === undefined || isInnerThan(span, current)) innermost[t] = span;
    }
  }
  return tokens.map((_, t) => {
    const labels = covering[t];
    const inner = innermost[t];
    if (labels === undefined || inner === undefined) return UNCOVERED;
    return { covering: [...labels].sort((a, b) => a - b), category: inner.label };
  });
}

function isInnerThan(span: AnnotatedSpan, other: AnnotatedSpan): boolean {
  const length = span.end - span.start;
  const otherLength = other.end - other.start;
  return length < otherLength || (length === otherLength && span.label < other.label);
}

/** Binary search: the index of the first token with end > offset (tokens.length if none). */
function firstTokenEndingAfter(tokens: readonly TextRange[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle]?.end ?? Infinity) > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}
