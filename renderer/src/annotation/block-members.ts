import type { ArticleAnnotation, AnnotationId } from '../../../shared/model/annotation';

/**
 * Which annotations were laid out in which textblock, by id: the blocks to draw again when an
 * annotation changes or goes (the model no longer knows where it was), and the neighbours to lay
 * out again with it. It holds ids only; the annotations themselves are always read from the model.
 * Only blocks laid out so far are known: a long article's sections are indexed as they are drawn.
 */
export class BlockMembers {
  /** Owned arrays, grown in place: an annotation spans one block or a few, so no copy per block. */
  private readonly blocksOf = new Map<AnnotationId, number[]>();
  private readonly membersOf = new Map<number, Set<AnnotationId>>();
  private readonly laidOut = new Set<number>();

  blocks(id: AnnotationId): readonly number[] {
    return this.blocksOf.get(id) ?? [];
  }

  members(block: number): ReadonlySet<AnnotationId> {
    return this.membersOf.get(block) ?? new Set();
  }

  /** Whether the block was laid out, so that `members` holds all its annotations. */
  isLaidOut(block: number): boolean {
    return this.laidOut.has(block);
  }

  /** Forgets the annotations and blocks about to be laid out again. */
  forget(ids: readonly AnnotationId[], blocks: ReadonlySet<number>): void {
    for (const id of ids) this.blocksOf.delete(id);
    for (const block of blocks) this.membersOf.delete(block);
  }

  /** Records the blocks as laid out, with these pieces as all their annotations. */
  layOut(blocks: Iterable<number>): void {
    for (const block of blocks) this.laidOut.add(block);
  }

  remember(pieces: readonly { readonly annotation: ArticleAnnotation }[], block: number): void {
    let members = this.membersOf.get(block);
    if (members === undefined) this.membersOf.set(block, (members = new Set()));
    for (const { annotation } of pieces) {
      members.add(annotation.id);
      const known = this.blocksOf.get(annotation.id);
      if (known === undefined) this.blocksOf.set(annotation.id, [block]);
      else if (!known.includes(block)) known.push(block);
    }
  }
}
