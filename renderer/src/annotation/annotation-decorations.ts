import { Decoration } from 'prosemirror-view';
import { layoutLanes } from '../../../shared/annotation/overlap-layout';
import type { ArticleAnnotation, AnnotationId } from '../../../shared/model/annotation';
import type { BlockPiece, DocRange, TextPositionMap } from '../article-view/text-position-map';

/**
 * Underlines stack this many lanes deep; deeper nesting shares the last lane (and the hover card
 * still lists every annotation), because lines cannot grow without bound.
 */
export const DRAWN_LANES = 6;

/** What every annotation decoration carries, so a click or a key finds its annotation without the DOM. */
export interface AnnotationDecorationSpec {
  readonly annotationId: AnnotationId;
  readonly block: number;
}

/**
 * The annotations of one block as decorations: each piece of an annotation becomes its own
 * <span> (a `nodeName` decoration), so overlapping and nested annotations nest as elements and
 * each draws its own underline in its own lane instead of merging into one coloured run. The block
 * itself gets a class saying how many lanes it needs, so only lines with stacked underlines grow.
 */
export function blockDecorations(
  block: number,
  pieces: readonly { readonly annotation: ArticleAnnotation; readonly piece: BlockPiece }[],
  blockRange: DocRange,
): Decoration[] {
  if (pieces.length === 0) return [];
  const { lanes, laneCount } = layoutLanes(pieces.map(({ piece }) => piece));
  const decorations = pieces.map(({ annotation, piece }, i) => {
    const lane = Math.min(lanes[i] ?? 0, DRAWN_LANES - 1);
    const spec: AnnotationDecorationSpec = { annotationId: annotation.id, block };
    return Decoration.inline(
      piece.from,
      piece.to,
      {
        nodeName: 'span',
        class: `ann ann-c${annotation.labelId} ann-lane-${lane}`,
        'data-annotation-id': String(annotation.id),
      },
      spec,
    );
  });
  if (laneCount > 1) {
    // A node decoration covers the whole block: from the token before its content to the one after.
    const spec: AnnotationDecorationSpec = { annotationId: 0, block };
    decorations.push(
      Decoration.node(
        blockRange.from - 1,
        blockRange.to + 1,
        { class: `ann-lanes-${Math.min(laneCount, DRAWN_LANES)}` },
        spec,
      ),
    );
  }
  return decorations;
}

/** Cuts annotations into per-block pieces; orphaned ones have no place in the text and are skipped. */
export function piecesByBlock(
  annotations: Iterable<ArticleAnnotation>,
  positions: TextPositionMap,
): Map<number, { annotation: ArticleAnnotation; piece: BlockPiece }[]> {
  const byBlock = new Map<number, { annotation: ArticleAnnotation; piece: BlockPiece }[]>();
  for (const annotation of annotations) {
    if (annotation.orphaned) continue;
    for (const fragment of annotation.fragments) {
      for (const piece of positions.blockPieces(fragment)) {
        let list = byBlock.get(piece.block);
        if (list === undefined) byBlock.set(piece.block, (list = []));
        list.push({ annotation, piece });
      }
    }
  }
  return byBlock;
}
