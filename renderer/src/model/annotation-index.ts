import type { ArticleAnnotation, AnnotationId, Relation } from '../../../shared/model/annotation';
import type { TextRange } from '../../../shared/text/offsets';

/**
 * The annotations and relations of the article on screen, kept in text order. Change sets touch a
 * handful of rows at a time, so rows go in and out by binary search: labelling one span in an
 * article with tens of thousands of annotations never re-sorts them.
 */
export class AnnotationIndex {
  private readonly byId = new Map<AnnotationId, ArticleAnnotation>();
  private sorted: ArticleAnnotation[] = [];
  private readonly relationsById = new Map<number, Relation>();

  constructor(annotations: readonly ArticleAnnotation[] = [], relations: readonly Relation[] = []) {
    for (const annotation of annotations) this.byId.set(annotation.id, annotation);
    this.sorted = [...annotations].sort(inTextOrder);
    for (const relation of relations) this.relationsById.set(relation.id, relation);
  }

  get annotations(): readonly ArticleAnnotation[] {
    return this.sorted;
  }

  get relations(): readonly Relation[] {
    return [...this.relationsById.values()];
  }

  get(id: AnnotationId): ArticleAnnotation | undefined {
    return this.byId.get(id);
  }

  has(id: AnnotationId): boolean {
    return this.byId.has(id);
  }

  hasRelation(id: number): boolean {
    return this.relationsById.has(id);
  }

  /** Adds or replaces annotations, keeping text order. */
  put(annotations: readonly ArticleAnnotation[]): void {
    for (const annotation of annotations) {
      if (this.byId.has(annotation.id)) this.removeFromSorted(annotation.id);
      this.byId.set(annotation.id, annotation);
      this.sorted.splice(this.insertionPoint(annotation), 0, annotation);
    }
  }

  /** Removes annotations and the relations that end at them. */
  remove(ids: readonly AnnotationId[]): void {
    const gone = new Set(ids.filter((id) => this.byId.has(id)));
    if (gone.size === 0) return;
    for (const id of gone) this.byId.delete(id);
    this.sorted = this.sorted.filter((annotation) => !gone.has(annotation.id));
    for (const [id, relation] of this.relationsById) {
      if (gone.has(relation.sourceAnnotationId) || gone.has(relation.targetAnnotationId)) this.relationsById.delete(id);
    }
  }

  putRelations(relations: readonly Relation[]): void {
    for (const relation of relations) this.relationsById.set(relation.id, relation);
  }

  removeRelations(ids: readonly number[]): Relation[] {
    const removed: Relation[] = [];
    for (const id of ids) {
      const relation = this.relationsById.get(id);
      if (relation === undefined) continue;
      removed.push(relation);
      this.relationsById.delete(id);
    }
    return removed;
  }

  /** Annotations (not orphaned) with a fragment covering `offset`, or touching it at either end. */
  at(offset: number): ArticleAnnotation[] {
    return this.sorted.filter(
      (annotation) =>
        !annotation.orphaned &&
        annotation.fragments.some((fragment) => fragment.start <= offset && offset <= fragment.end),
    );
  }

  /** Annotations (not orphaned) overlapping a range, innermost (shortest) first. */
  overlapping(range: TextRange): ArticleAnnotation[] {
    return this.sorted
      .filter(
        (annotation) =>
          !annotation.orphaned &&
          annotation.fragments.some((fragment) => fragment.start < range.end && range.start < fragment.end),
      )
      .sort((a, b) => spanLength(a) - spanLength(b));
  }

  private insertionPoint(annotation: ArticleAnnotation): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const existing = this.sorted[mid];
      if (existing !== undefined && inTextOrder(existing, annotation) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private removeFromSorted(id: AnnotationId): void {
    const known = this.byId.get(id);
    if (known === undefined) return;
    const at = this.insertionPoint(known);
    if (this.sorted[at]?.id === id) this.sorted.splice(at, 1);
    else this.sorted = this.sorted.filter((annotation) => annotation.id !== id);
  }
}

export function inTextOrder(a: ArticleAnnotation, b: ArticleAnnotation): number {
  const first = a.fragments[0];
  const second = b.fragments[0];
  return (first?.start ?? 0) - (second?.start ?? 0) || spanLength(b) - spanLength(a) || a.id - b.id;
}

/** From the start of the first fragment to the end of the last. */
export function spanLength(annotation: ArticleAnnotation): number {
  const first = annotation.fragments[0];
  const last = annotation.fragments[annotation.fragments.length - 1];
  return (last?.end ?? 0) - (first?.start ?? 0);
}
