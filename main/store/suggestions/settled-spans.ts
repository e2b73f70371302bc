import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Suggestion } from '../../../shared/model/suggestion';
import type { RejectedSpan } from './suggestion-rejections';

interface AnnotatedSpan {
  readonly start: number;
  readonly end: number;
  readonly labelId: number;
}

/**
 * Reads what articles already have an answer for, on one connection: its statements are prepared
 * once, as annotate-all reads thousands of articles.
 */
export class SettledSpanReader {
  private readonly annotated: StatementSync;
  private readonly annotatedWithLabel: StatementSync;
  private readonly rejected: StatementSync;

  constructor(db: DatabaseSync) {
    const annotated = `SELECT f.start, f.end, a.label_id AS labelId FROM annotation a
       JOIN annotation_fragment f ON f.annotation_id = a.id
       WHERE a.article_id = :article AND a.orphaned = 0`;
    this.annotated = db.prepare(annotated);
    this.annotatedWithLabel = db.prepare(`${annotated} AND a.label_id = :label`);
    this.rejected = db.prepare(
      `SELECT start, end, label_id AS labelId, quote_exact AS exact FROM suggestion_rejection
       WHERE article_id = :article AND (:label IS NULL OR label_id = :label)`,
    );
  }

  /**
   * The article's annotations and rejections; with `labelId`, only those with that label (all a
   * search for one label's suggestions needs, a fraction of a dense article's annotations).
   */
  read(articleId: number, text: string, labelId: number | null = null): SettledSpans {
    const annotated = (labelId === null
      ? this.annotated.all({ article: articleId })
      : this.annotatedWithLabel.all({ article: articleId, label: labelId })) as unknown as AnnotatedSpan[];
    const rejected = this.rejected.all({ article: articleId, label: labelId }) as unknown as RejectedSpan[];
    return new SettledSpans(text, annotated, rejected);
  }
}

/**
 * What an article already has an answer for: its annotations (an orphan's fragments are no longer
 * in the text and settle nothing) and the suggestions rejected in it. A suggestion overlapping an
 * annotation with its label would duplicate it; one rejected is not proposed again while the text
 * at its place is still the text that was rejected.
 */
export class SettledSpans {
  constructor(
    private readonly text: string,
    private readonly annotated: readonly AnnotatedSpan[],
    private readonly rejected: readonly RejectedSpan[],
  ) {}

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
