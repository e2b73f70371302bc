import type { AnnotationId, Relation, RelationId } from '../../../shared/model/annotation';

/** One relation as seen from one of its ends. */
export interface RelationLine {
  readonly relationId: RelationId;
  /** 'out': this annotation is the source ("type → other"); 'in': it is the target ("other → type"). */
  readonly direction: 'out' | 'in';
  readonly typeLabelId: number;
  readonly otherId: AnnotationId;
}

/** The relations with `annotationId` at either end, outgoing first, each group in creation order. */
export function relationLinesOf(annotationId: AnnotationId, relations: readonly Relation[]): RelationLine[] {
  const ends = [
    { direction: 'out', own: 'sourceAnnotationId', other: 'targetAnnotationId' },
    { direction: 'in', own: 'targetAnnotationId', other: 'sourceAnnotationId' },
  ] as const;
  const lines: RelationLine[] = [];
  for (const { direction, own, other } of ends) {
    for (const relation of relations) {
      if (relation[own] !== annotationId) continue;
      lines.push({ relationId: relation.id, direction, typeLabelId: relation.typeLabelId, otherId: relation[other] });
    }
  }
  return lines;
}
