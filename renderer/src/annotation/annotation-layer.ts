import type { Decoration } from 'prosemirror-view';
import type { Annotation, AnnotationId } from '../../../shared/model/annotation';
import type { ArticleView } from '../article-view/article-view';
import type { Disposable } from '../lifecycle/disposable';
import type { TextPositionMap } from '../article-view/text-position-map';
import {
  blockDecorations,
  piecesByBlock,
  replaceBlockDecorations,
  resetAnnotationDecorations,
  setFocusRanges,
  type FocusRange,
} from './annotation-decorations';
import type { ModelChange } from '../model/model-change';
import type { AnnotationSession } from './annotation-session';
import { SectionVisibility } from './section-visibility';

type BlockPieces = ReturnType<typeof piecesByBlock>;

/** Blocks whose annotations are drawn in one frame while scrolling (a section has 48). */
const BLOCKS_PER_FRAME = 12;

/**
 * Keeps the article view's decorations in step with the session: everything on a new article, only
 * the touched blocks after a change, and the focus tints (selected annotation, its relation
 * partners, a pending preview) whenever the selection moves. In a long article only the sections
 * on or near the screen are drawn (section-visibility.ts), and sections are drawn as they come
 * into view or are changed.
 */
export class AnnotationLayer implements Disposable {
  private readonly session: AnnotationSession;
  private readonly view: ArticleView;
  /** Blocks each annotation lies in, to know what to redraw when it changes or goes. */
  private blocksOf = new Map<AnnotationId, readonly number[]>();
  /** The annotations of each block: what must be laid out again with a changed one. */
  private membersOf = new Map<number, Set<AnnotationId>>();
  /** Sections whose annotations are drawn or queued for drawing (of a long article). */
  private drawnSections = new Set<number>();
  private pendingBlocks: number[] = [];
  private frame: number | null = null;
  private readonly sections: SectionVisibility;
  private drawnFor: { positions: TextPositionMap } | null = null;
  private extraFocus: readonly FocusRange[] = [];
  private readonly unsubscribe: () => void;

  constructor(session: AnnotationSession, view: ArticleView) {
    this.session = session;
    this.view = view;
    this.sections = new SectionVisibility(
      () => view.element,
      (visible) => this.drawSections(visible),
    );
    this.unsubscribe = session.model.subscribe((change) => this.onChange(change));
  }

  dispose(): void {
    this.unsubscribe();
    this.sections.dispose();
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  /** Tints shown on top of the selection tint, such as an "annotate all" preview; [] clears them. */
  setExtraFocus(ranges: readonly FocusRange[]): void {
    this.extraFocus = ranges;
    this.drawFocus();
  }

  private onChange(change: ModelChange): void {
    switch (change.kind) {
      case 'article':
      case 'text':
        this.drawAll();
        return;
      case 'annotations':
        if (change.full === true || this.drawnFor?.positions !== this.view.positions) this.drawAll();
        else this.redraw(change.touched);
        this.drawFocus();
        return;
      case 'selection':
        this.drawFocus();
        return;
      default:
        return;
    }
  }

  private isDrawn(block: number): boolean {
    return !this.sections.sectioned || this.drawnSections.has(this.sections.section(block));
  }

  private drawAll(): void {
    const positions = this.view.positions;
    this.blocksOf = new Map();
    this.membersOf = new Map();
    this.drawnSections = new Set();
    this.pendingBlocks = [];
    if (positions === null || this.session.model.article?.id !== this.view.articleId) {
      this.drawnFor = null;
      return;
    }
    this.sections.watch(this.view.editorView);
    for (const section of this.sections.visibleNow()) this.drawnSections.add(section);
    const byBlock = piecesByBlock(this.session.model.annotations, positions);
    const decorations: Decoration[] = [];
    for (const [block, pieces] of byBlock) {
      this.remember(pieces, block);
      if (this.isDrawn(block)) decorations.push(...blockDecorations(block, pieces, positions.blockDocRange(block)));
    }
    resetAnnotationDecorations(this.view.editorView, decorations);
    this.drawnFor = { positions };
  }

  /** Sections came into view: draw the annotations of those not drawn yet. */
  private drawSections(sections: readonly number[]): void {
    for (const section of sections) {
      if (this.drawnSections.has(section)) continue;
      this.drawnSections.add(section);
      this.pendingBlocks.push(...this.sections.blocks(section));
    }
    this.scheduleDrawing();
  }

  /**
   * Draws the queued blocks a slice per frame: sections come into view a screen ahead of time, so
   * there is room to spread the work and keep every frame of a scroll short.
   */
  private scheduleDrawing(): void {
    if (this.frame !== null || this.pendingBlocks.length === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      const positions = this.view.positions;
      if (positions === null || this.drawnFor?.positions !== positions) {
        this.pendingBlocks = [];
        return;
      }
      this.drawBlocks(new Set(this.pendingBlocks.splice(0, BLOCKS_PER_FRAME)), [], positions);
      this.scheduleDrawing();
    });
  }

  private redraw(touched: readonly AnnotationId[]): void {
    const positions = this.view.positions;
    if (positions === null) return;
    const blocks = new Set<number>();
    for (const id of touched) {
      for (const block of this.blocksOf.get(id) ?? []) blocks.add(block);
      const annotation = this.session.model.annotation(id);
      if (annotation === undefined || annotation.orphaned) continue;
      for (const fragment of annotation.fragments) {
        for (const piece of positions.blockPieces(fragment)) blocks.add(piece.block);
      }
    }
    if (blocks.size === 0) return;
    // What the analyst just changed is on screen: its whole section gets drawn now.
    if (this.sections.sectioned) {
      for (const block of [...blocks]) {
        const section = this.sections.section(block);
        if (this.drawnSections.has(section)) continue;
        this.drawnSections.add(section);
        for (const other of this.sections.blocks(section)) blocks.add(other);
      }
    }
    this.drawBlocks(blocks, touched, positions);
  }

  /** Lays out and draws the annotations of some blocks again, with the touched ones as they are now. */
  private drawBlocks(blocks: ReadonlySet<number>, touched: readonly AnnotationId[], positions: TextPositionMap): void {
    for (const id of touched) this.blocksOf.delete(id);
    const inBlocks = this.annotationsInBlocks(blocks, touched);
    for (const block of blocks) this.membersOf.delete(block);
    const decorations: Decoration[] = [];
    for (const [block, pieces] of piecesByBlock(inBlocks, positions) as BlockPieces) {
      if (!blocks.has(block)) continue;
      this.remember(pieces, block);
      if (this.isDrawn(block)) decorations.push(...blockDecorations(block, pieces, positions.blockDocRange(block)));
    }
    const ranges = [...blocks].map((block) => positions.blockDocRange(block));
    replaceBlockDecorations(this.view.editorView, blocks, ranges, decorations);
  }

  /** Annotations in any of the blocks, plus the touched ones that still exist. */
  private annotationsInBlocks(blocks: ReadonlySet<number>, touched: readonly AnnotationId[]): Annotation[] {
    const ids = new Set<AnnotationId>(touched);
    for (const block of blocks) for (const id of this.membersOf.get(block) ?? []) ids.add(id);
    const annotations: Annotation[] = [];
    for (const id of ids) {
      const annotation = this.session.model.annotation(id);
      if (annotation !== undefined && !annotation.orphaned) annotations.push(annotation);
    }
    return annotations;
  }

  private remember(pieces: readonly { annotation: Annotation }[], block: number): void {
    let members = this.membersOf.get(block);
    if (members === undefined) this.membersOf.set(block, (members = new Set()));
    for (const { annotation } of pieces) {
      members.add(annotation.id);
      const known = this.blocksOf.get(annotation.id) ?? [];
      if (!known.includes(block)) this.blocksOf.set(annotation.id, [...known, block]);
    }
  }

  private drawFocus(): void {
    const positions = this.view.positions;
    if (positions === null) return;
    const ranges: FocusRange[] = [];
    const selected = this.session.model.selectedAnnotation;
    if (selected !== null && !selected.orphaned) {
      for (const fragment of selected.fragments)
        ranges.push({ ...positions.textRangeToDocRange(fragment), kind: 'selected' });
      for (const relation of this.session.model.relations) {
        const partnerId =
          relation.sourceAnnotationId === selected.id
            ? relation.targetAnnotationId
            : relation.targetAnnotationId === selected.id
              ? relation.sourceAnnotationId
              : null;
        const partner = partnerId === null ? undefined : this.session.model.annotation(partnerId);
        if (partner === undefined || partner.orphaned) continue;
        for (const fragment of partner.fragments)
          ranges.push({ ...positions.textRangeToDocRange(fragment), kind: 'related' });
      }
    }
    setFocusRanges(this.view.editorView, [...ranges, ...this.extraFocus]);
  }
}
