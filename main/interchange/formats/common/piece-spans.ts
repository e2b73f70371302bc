import type { Annotation, Relation, TextFragment } from '../../../../shared/model/annotation';
import { OffsetConverter } from '../../../../shared/text/offset-conversion';
import type { ExportedArticle } from '../../export-set';
import { piecesNote } from './describe';
import type { ExportIndex } from './export-index';
import { relationsWithin } from './placeable';

/** One piece (fragment) of an annotation, for a format that writes a span per piece. */
export interface AnnotationPiece {
  readonly annotation: Annotation;
  readonly fragment: TextFragment;
  /** Which of the annotation's pieces it is, from 0. */
  readonly piece: number;
  /** The piece's offsets in Unicode code points (as Python indexes strings), end exclusive. */
  readonly start: number;
  readonly end: number;
  /** How many spans were made before this one. */
  readonly position: number;
}

/**
 * The spans of a format whose spans are contiguous (doccano, Label Studio, spaCy): one per piece
 * of each of `annotations` in order, made by `toSpan`, and each annotation's first span, which its
 * relations attach to. Each annotation of several pieces is named in `dropped` as split
 * (`formatName` says whose spans are contiguous).
 */
export function spansByPiece<S>(
  exported: ExportedArticle,
  annotations: readonly Annotation[],
  index: ExportIndex,
  dropped: string[],
  formatName: string,
  toSpan: (piece: AnnotationPiece) => S,
): { spans: S[]; firstSpanOf: Map<number, S> } {
  const { article } = exported;
  const converter = new OffsetConverter(article.text);
  const spans: S[] = [];
  const firstSpanOf = new Map<number, S>();
  for (const annotation of annotations) {
    annotation.fragments.forEach((fragment, piece) => {
      const span = toSpan({
        annotation,
        fragment,
        piece,
        start: converter.utf16ToCodePoint(fragment.start),
        end: converter.utf16ToCodePoint(fragment.end),
        position: spans.length,
      });
      spans.push(span);
      if (piece === 0) firstSpanOf.set(annotation.id, span);
    });
    if (annotation.fragments.length > 1) dropped.push(piecesNote(index, article, annotation, formatName));
  }
  return { spans, firstSpanOf };
}

/**
 * The article's relations whose two ends were both exported, each with the first spans of its
 * source (`from`) and target (`to`); the others are named in `dropped` (see relationsWithin).
 */
export function relationsBetweenSpans<S>(
  exported: ExportedArticle,
  firstSpanOf: ReadonlyMap<number, S>,
  index: ExportIndex,
  dropped: string[],
): { relation: Relation; from: S; to: S }[] {
  return relationsWithin(exported, new Set(firstSpanOf.keys()), index, dropped).flatMap((relation) => {
    const from = firstSpanOf.get(relation.sourceAnnotationId);
    const to = firstSpanOf.get(relation.targetAnnotationId);
    return from === undefined || to === undefined ? [] : [{ relation, from, to }];
  });
}
