import type { Decoration } from 'prosemirror-view';
import type { Annotation, AnnotationId } from '../../../shared/model/annotation';
import type { ArticleView } from '../article-view/article-view';
import type { TextPositionMap } from '../article-view/text-position-map';
import {
  blockDecorations,
  piecesByBlock,
  replaceBlockDecorations,
  resetAnnotationDecorations,
  setFocusRanges,
  type FocusRange,
} from './annotation-decorations';
import type { AnnotationSession, SessionChange } from './annotation-session';

/**
 * Keeps the article view's decorations in step with the session: everything on a new article, only
 * the touched blocks after a change, and the focus tints (selected annotation, its relation
 * partners, a pending preview) whenever the selection moves.
 */
export class AnnotationLayer {
  private readonly session: AnnotationSession;
  private readonly view: ArticleView;
  /** Blocks each drawn annotation lies in, to know what to redraw when it changes or goes. */
  private blocksOf = new Map<AnnotationId, readonly number[]>();
  /** The drawn annotations of each block: what must be laid out again with a changed one. */
  private membersOf = new Map<number, Set<AnnotationId>>();
  private drawnFor: { positions: TextPositionMap } | null = null;
  private extraFocus: readonly FocusRange[] = [];

  constructor(session: AnnotationSession, view: ArticleView) {
    this.session = session;
    this.view = view;
    session.subscribe((change) => this.onChange(change));
  }

  /** Tints shown on top of the selection tint, such as an "annotate all" preview; [] clears them. */
  setExtraFocus(ranges: readonly FocusRange[]): void {
    this.extraFocus = ranges;
    this.drawFocus();
  }

  private onChange(change: SessionChange): void {
    switch (change.kind) {
      case 'article':
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
      case 'labels':
      case 'entities':
        return;
    }
  }

  private drawAll(): void {
    const positions = this.view.positions;
    this.blocksOf = new Map();
    this.membersOf = new Map();
    if (positions === null || this.session.article?.id !== this.view.articleId) {
      this.drawnFor = null;
      return;
    }
    const decorations: Decoration[] = [];
    for (const [block, pieces] of piecesByBlock(this.session.annotations, positions)) {
      this.remember(
        pieces.map(({ annotation }) => annotation),
        block,
      );
      decorations.push(...blockDecorations(block, pieces, positions.blockDocRange(block)));
    }
    resetAnnotationDecorations(this.view.editorView, decorations);
    this.drawnFor = { positions };
  }

  private redraw(touched: readonly AnnotationId[]): void {
    const positions = this.view.positions;
    if (positions === null) return;
    const blocks = new Set<number>();
    for (const id of touched) {
      for (const block of this.blocksOf.get(id) ?? []) blocks.add(block);
      const annotation = this.session.annotation(id);
      if (annotation === undefined || annotation.orphaned) continue;
      for (const fragment of annotation.fragments) {
        for (const piece of positions.blockPieces(fragment)) blocks.add(piece.block);
      }
    }
    if (blocks.size === 0) return;
    for (const id of touched) this.blocksOf.delete(id);
    const inBlocks = this.annotationsInBlocks(blocks, touched);
    for (const block of blocks) this.membersOf.delete(block);
    const decorations: Decoration[] = [];
    for (const [block, pieces] of piecesByBlock(inBlocks, positions)) {
      if (!blocks.has(block)) continue;
      this.remember(
        pieces.map(({ annotation }) => annotation),
        block,
      );
      decorations.push(...blockDecorations(block, pieces, positions.blockDocRange(block)));
    }
    const ranges = [...blocks].map((block) => positions.blockDocRange(block));
    replaceBlockDecorations(this.view.editorView, blocks, ranges, decorations);
  }

  /** Annotations drawn in any of the blocks, plus the touched ones that still exist. */
  private annotationsInBlocks(blocks: ReadonlySet<number>, touched: readonly AnnotationId[]): Annotation[] {
    const ids = new Set<AnnotationId>(touched);
    for (const block of blocks) for (const id of this.membersOf.get(block) ?? []) ids.add(id);
    const annotations: Annotation[] = [];
    for (const id of ids) {
      const annotation = this.session.annotation(id);
      if (annotation !== undefined && !annotation.orphaned) annotations.push(annotation);
    }
    return annotations;
  }

  private remember(annotations: readonly Annotation[], block: number): void {
    let members = this.membersOf.get(block);
    if (members === undefined) this.membersOf.set(block, (members = new Set()));
    for (const annotation of annotations) {
      members.add(annotation.id);
      const known = this.blocksOf.get(annotation.id) ?? [];
      if (!known.includes(block)) this.blocksOf.set(annotation.id, [...known, block]);
    }
  }

  private drawFocus(): void {
    const positions = this.view.positions;
    if (positions === null) return;
    const ranges: FocusRange[] = [];
    const selected = this.session.selectedAnnotation;
    if (selected !== null && !selected.orphaned) {
      for (const fragment of selected.fragments)
        ranges.push({ ...positions.textRangeToDocRange(fragment), kind: 'selected' });
      for (const relation of this.session.relations) {
        const partnerId =
          relation.sourceAnnotationId === selected.id
            ? relation.targetAnnotationId
            : relation.targetAnnotationId === selected.id
              ? relation.sourceAnnotationId
              : null;
        const partner = partnerId === null ? undefined : this.session.annotation(partnerId);
        if (partner === undefined || partner.orphaned) continue;
        for (const fragment of partner.fragments)
          ranges.push({ ...positions.textRangeToDocRange(fragment), kind: 'related' });
      }
    }
    setFocusRanges(this.view.editorView, [...ranges, ...this.extraFocus]);
  }
}
