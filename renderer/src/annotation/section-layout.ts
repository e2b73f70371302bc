import type { Node as ProseMirrorNode } from 'prosemirror-model';

/**
 * How a long article's textblocks are grouped into sections (article-to-doc.ts makes them), read
 * from the document itself. A short article has no sections: all of it is one drawing unit.
 */
export class SectionLayout {
  /** Section of each textblock, by textblock index; empty for a short article. */
  private readonly sectionOf: readonly number[];
  /** Textblock indexes [first, end) of each section. */
  private readonly blocksIn: readonly (readonly [number, number])[];
  /** Where each section node starts in the document. */
  readonly offsets: readonly number[];

  private constructor(sectionOf: number[], blocksIn: [number, number][], offsets: number[]) {
    this.sectionOf = sectionOf;
    this.blocksIn = blocksIn;
    this.offsets = offsets;
  }

  static of(doc: ProseMirrorNode): SectionLayout {
    const sectionOf: number[] = [];
    const blocksIn: [number, number][] = [];
    const offsets: number[] = [];
    if (doc.childCount === 0 || doc.child(0).type.name !== 'section') return new SectionLayout([], [], []);
    let block = 0;
    doc.forEach((section, offset, index) => {
      const first = block;
      section.descendants((node) => {
        if (!node.isTextblock) return true;
        sectionOf[block] = index;
        block += 1;
        return false;
      });
      blocksIn.push([first, block]);
      offsets.push(offset);
    });
    return new SectionLayout(sectionOf, blocksIn, offsets);
  }

  /** Whether the article is long enough to be drawn section by section. */
  get sectioned(): boolean {
    return this.blocksIn.length > 0;
  }

  section(block: number): number {
    return this.sectionOf[block] ?? 0;
  }

  /** The textblock indexes of a section. */
  blocks(section: number): number[] {
    const [first, end] = this.blocksIn[section] ?? [0, 0];
    return Array.from({ length: end - first }, (_, i) => first + i);
  }
}
