import type { DatabaseSync } from 'node:sqlite';
import type { Suggestion } from '../../../shared/model/suggestion';
import { rejectedSpans, type RejectedSpan } from './suggestion-rejections';

interface AnnotatedSpan {
  readonly start: number;
  readonly end: number;
  readonly labelId: number;
}

/**
 * What an article already has an answer for: its annotations (an orphan's fragments are no longer
 * in the text and settle nothing) and the suggestions rejected in it. A suggestion overlapping an
 * annotation with its label would duplicate it; one rejected is not proposed again while the text
 * at its place is still the text that was rejected.
 */
export class SettledSpans {
  private constructor(
    private readonly text: string,
    private readonly annotated: readonly AnnotatedSpan[],
    private readonly rejected: readonly RejectedSpan[],
  ) {}

  static read(db: DatabaseSync, articleId: number, text: string): SettledSpans {
    const annotated = db
      .prepare(
        `SELECT f.start, f.end, a.label_id AS labelId FROM annotation a
         JOIN annotation_fragment f ON f.annotation_id = a.id
         WHERE a.article_id = ? AND a.orphaned = 0`,
      )
      .all(articleId) as unknown as AnnotatedSpan[];
    return new SettledSpans(text, annotated, rejectedSpans(db, articleId));
  }

  /** The suggestions that are neither annotated already nor rejected. */
  open(suggestions: readonly Suggestion[]): Suggestion[] {
    if (this.annotated.length === 0 && this.rejected.length === 0) return [...suggestions];
    const byLabel = new Map<number, AnnotatedSpan[]>();
    for (const span of this.annotated) {
      const spans = byLabel.get(span.labelId);
      if (spans === undefined) byLabel.set(span.labelId, [span]);
      else spans.push(span);
    }
    const annotated = new Map([...byLabel].map(([labelId, spans]) => [labelId, new SpanIndex(spans)]));
    const rejected = new Set(
      this.rejected
        .filter((span) => this.text.slice(span.start, span.end) === span.exact)
        .map((span) => spanKey(span.start, span.end, span.labelId)),
    );
    return suggestions.filter(
      (suggestion) =>
        !rejected.has(spanKey(suggestion.start, suggestion.end, suggestion.labelId)) &&
        annotated.get(suggestion.labelId)?.overlaps(suggestion.start, suggestion.end) !== true,
    );
  }
}

function spanKey(start: number, end: number, labelId: number): string {
  return `${start}:${end}:${labelId}`;
}

/** Spans by start with the furthest end reached so far, so an overlap test is one binary search. */
class SpanIndex {
  private readonly starts: number[];
  private readonly furthestEnds: number[];

  constructor(spans: readonly AnnotatedSpan[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((span) => span.start);
    let furthest = 0;
    this.furthestEnds = sorted.map((span) => (furthest = Math.max(furthest, span.end)));
  }

  /** Whether a span starting before `end` reaches past `start`. */
  overlaps(start: number, end: number): boolean {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.starts[middle] as number) < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (this.furthestEnds[low - 1] as number) > start;
  }
}
