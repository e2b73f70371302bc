import type { EditorView } from 'prosemirror-view';

/** How far beyond the visible part of the pane sections count as visible: one screen either way. */
const LOOKAHEAD = '100% 0px 100% 0px';

/**
 * Which sections of a long article (article-to-doc.ts groups its blocks into sections) are on or
 * near the screen. Annotations are drawn only there, so opening a 1 MB article with tens of
 * thousands of annotations builds a few hundred highlight elements, not tens of thousands; the
 * rest are drawn as the analyst scrolls to them. A short article has no sections: all of it counts
 * as visible.
 */
export class SectionVisibility {
  /** Section of each textblock, by textblock index; empty for a short article. */
  private sectionOf: number[] = [];
  /** Textblock indexes [first, end) of each section. */
  private blocksIn: [number, number][] = [];
  private observer: IntersectionObserver | null = null;
  private elements: Element[] = [];
  private readonly onVisible: (sections: readonly number[]) => void;
  private readonly scrollRoot: () => Element | null;

  constructor(scrollRoot: () => Element | null, onVisible: (sections: readonly number[]) => void) {
    this.scrollRoot = scrollRoot;
    this.onVisible = onVisible;
  }

  /** Stops watching the sections. */
  dispose(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Reads the sections of the document on screen and starts watching them. */
  watch(view: EditorView): void {
    this.observer?.disconnect();
    this.observer = null;
    this.sectionOf = [];
    this.blocksIn = [];
    this.elements = [];
    const doc = view.state.doc;
    if (doc.childCount === 0 || doc.child(0).type.name !== 'section') return;
    const elements: Element[] = [];
    let block = 0;
    doc.forEach((section, offset, index) => {
      const first = block;
      section.descendants((node) => {
        if (!node.isTextblock) return true;
        this.sectionOf[block] = index;
        block += 1;
        return false;
      });
      this.blocksIn.push([first, block]);
      const element = view.nodeDOM(offset);
      if (element instanceof Element) elements.push(element);
    });
    this.elements = elements;
    const indexOf = new Map(elements.map((element, index) => [element, index]));
    this.observer = new IntersectionObserver(
      (entries) => {
        const visible = entries
          .filter((entry) => entry.isIntersecting)
          .map((entry) => indexOf.get(entry.target))
          .filter((index): index is number => index !== undefined);
        if (visible.length > 0) this.onVisible(visible);
      },
      { root: this.scrollRoot(), rootMargin: LOOKAHEAD },
    );
    for (const element of elements) this.observer.observe(element);
  }

  /**
   * The sections on or near the screen right now, measured at once: the observer reports only in
   * the next frame, and the first paint of an article should already show its annotations.
   */
  visibleNow(): number[] {
    const root = this.scrollRoot();
    if (root === null) return [];
    const { top, bottom } = root.getBoundingClientRect();
    const reach = bottom - top;
    const visible: number[] = [];
    this.elements.forEach((element, index) => {
      const rect = element.getBoundingClientRect();
      if (rect.bottom >= top - reach && rect.top <= bottom + reach) visible.push(index);
    });
    return visible;
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
