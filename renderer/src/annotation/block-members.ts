import type { Annotation, AnnotationId } from '../../../shared/model/annotation';

/**
 * Which annotations were laid out in which textblock, by id: the blocks to draw again when an
 * annotation changes or goes (the model no longer knows where it was), and the neighbours to lay
 * out again with it. It holds ids only; the annotations themselves are always read from the model.
 */
export class BlockMembers {
  private readonly blocksOf = new Map<AnnotationId, readonly number[]>();
  private readonly membersOf = new Map<number, Set<AnnotationId>>();

  blocks(id: AnnotationId): readonly number[] {
    return this.blocksOf.get(id) ?? [];
  }

  members(block: number): ReadonlySet<AnnotationId> {
    return this.membersOf.get(block) ?? new Set();
  }

  /** Forgets the annotations and blocks about to be laid out again. */
  forget(ids: readonly AnnotationId[], blocks: ReadonlySet<number>): void {
    for (const id of ids) this.blocksOf.delete(id);
    for (const block of blocks) this.membersOf.delete(block);
  }

  remember(pieces: readonly { readonly annotation: Annotation }[], block: number): void {
    let members = this.membersOf.get(block);
    if (members === undefined) this.membersOf.set(block, (members = new Set()));
    for (const { annotation } of pieces) {
      members.add(annotation.id);
      const known = this.blocksOf.get(annotation.id) ?? [];
      if (!known.includes(block)) this.blocksOf.set(annotation.id, [...known, block]);
    }
  }
}
