import { layoutLanes } from '../../../../shared/annotation/overlap-layout';
import type { Annotation } from '../../../../shared/model/annotation';
import type { TextRange } from '../../../../shared/text/offsets';
import type { ExportIndex } from '../common/export-index';
import { markupAttribute, markupText } from '../common/markup';

export interface HighlightedText {
  readonly html: string;
  /** How many underline lanes the article needs, for its line height. */
  readonly laneCount: number;
}

interface Piece {
  readonly annotation: Annotation;
  readonly range: TextRange;
  readonly lane: number;
  /** The annotation's first piece carries the anchor the tables link to. */
  readonly anchored: boolean;
}

/** How many underline lanes `highlightedText` gives these annotations, without drawing them. */
export function laneCountOf(annotations: readonly Annotation[]): number {
  return layoutLanes(annotations.flatMap((annotation) => annotation.fragments)).laneCount;
}

/**
 * The article's text, one `<div>` per line (each with its own writing direction, so a Persian
 * line reads right to left), with every annotation piece underlined in its label's colour. Pieces
 * that overlap get different lanes (shared/annotation/overlap-layout.ts), drawn as underlines
 * stacked below the text, so nested and crossing annotations all stay visible: the text is cut
 * where any piece starts or ends and each cut is wrapped in a span per piece covering it.
 */
export function highlightedText(text: string, annotations: readonly Annotation[], index: ExportIndex): HighlightedText {
  const ranges = annotations.flatMap((annotation) =>
    annotation.fragments.map((range, piece) => ({ annotation, range, anchored: piece === 0 })),
  );
  const { lanes, laneCount } = layoutLanes(ranges.map(({ range }) => range));
  const pieces: Piece[] = ranges.map((piece, i) => ({ ...piece, lane: lanes[i] ?? 0 }));

  const cuts = new Set([0, text.length]);
  for (const { range } of pieces) cuts.add(range.start).add(range.end);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) cuts.add(at).add(at + 1);
  const boundaries = [...cuts].sort((a, b) => a - b);

  const byStart = [...pieces].sort((a, b) => a.range.start - b.range.start);
  const open = new Set<Piece>();
  const lines: string[] = [];
  let line = '';
  let next = 0;
  for (let b = 0; b + 1 < boundaries.length; b++) {
    const start = boundaries[b] ?? 0;
    const end = boundaries[b + 1] ?? 0;
    for (const piece of open) if (piece.range.end <= start) open.delete(piece);
    for (let piece = byStart[next]; piece !== undefined && piece.range.start <= start; piece = byStart[++next]) {
      open.add(piece);
    }
    const segment = text.slice(start, end);
    if (segment === '\n') {
      lines.push(line);
      line = '';
      continue;
    }
    line += wrap(markupText(segment), [...open], { start, end }, index);
  }
  lines.push(line);
  const html = lines.map((content) => `<div class="line" dir="auto">${content === '' ? '<br>' : content}</div>`);
  return { html: html.join('\n'), laneCount };
}

/**
 * Wraps a cut of text in one span per covering piece, the deepest lane outermost. A piece's last
 * cut is marked `e`, where the style sheet writes the label's code after the underline.
 */
function wrap(content: string, covering: readonly Piece[], { start, end }: TextRange, index: ExportIndex): string {
  return [...covering]
    .sort((a, b) => a.lane - b.lane || a.annotation.id - b.annotation.id)
    .reduce((inner, piece) => {
      const label = index.label(piece.annotation.labelId);
      const entity = index.entity(piece.annotation.entityId);
      const title = entity === undefined ? label.name : `${label.name}: ${entity.name}`;
      const kind = label.kind === 'claim' ? ' claim' : '';
      const anchor = piece.anchored && piece.range.start === start ? ` id="a${piece.annotation.id}"` : '';
      const last = piece.range.end === end ? ' e' : '';
      return `<span class="m l${label.id} k${piece.lane}${kind}${last}"${anchor} title="${markupAttribute(title)}">${inner}</span>`;
    }, content);
}
