/** A point in the overlay's coordinates: CSS pixels from the top left of the pane's visible part. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A span's first line box in overlay coordinates. */
export interface SpanBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Where a relation's end is drawn: on the span, or at the edge of the pane when it is scrolled away. */
export interface ArcEnd {
  readonly point: Point;
  /** 'above'/'below': the span is out of sight that way and the end is a marker at that edge. */
  readonly offscreen: 'above' | 'below' | null;
}

export interface ArcShape {
  /** SVG path data: a curve rising above both ends, as brat and INCEpTION draw relations. */
  readonly path: string;
  /** Where the relation type's name goes: the top of the curve. */
  readonly labelAt: Point;
  /** The arrowhead at the target end, as a closed SVG path: the curve arrives there from above. */
  readonly head: string;
}

/** Distance kept from the pane's edges for the marker of a span out of sight. */
export const EDGE_INSET = 10;
/** How far an arc rises above the higher of its ends, at least. */
const MIN_RISE = 18;
const LANE_RISE = 16;

/** The end of an arc on a span: the middle of the top of its first line box, or a marker at an edge. */
export function arcEnd(box: SpanBox, viewport: { readonly width: number; readonly height: number }): ArcEnd {
  const x = Math.min(Math.max((box.left + box.right) / 2, EDGE_INSET), viewport.width - EDGE_INSET);
  if (box.bottom < 0) return { point: { x, y: EDGE_INSET }, offscreen: 'above' };
  if (box.top > viewport.height) return { point: { x, y: viewport.height - EDGE_INSET }, offscreen: 'below' };
  return { point: { x, y: box.top }, offscreen: null };
}

/**
 * A cubic curve from one end to the other whose top lies above both. Ends further apart rise
 * higher, so arcs between distant spans clear the lines between them; the label sits at the top,
 * never above the pane.
 */
export function arcShape(from: Point, to: Point, lane = 0): ArcShape {
  // Each further arc from the same span rises one lane higher, so their labels do not overlap.
  const rise =
    Math.max(MIN_RISE, Math.min(60, Math.abs(to.x - from.x) / 6 + Math.abs(to.y - from.y) / 8)) + lane * LANE_RISE;
  const top = Math.max(Math.min(from.y, to.y) - rise, EDGE_INSET / 2);
  // A cubic's control points lie beyond its apex: at t = 1/2 it reaches 3/4 of the way to them.
  const control = top - (Math.min(from.y, to.y) - top) / 3;
  const path = `M ${round(from.x)} ${round(from.y)} C ${round(from.x)} ${round(control)} ${round(to.x)} ${round(control)} ${round(to.x)} ${round(to.y)}`;
  const apexY = 0.125 * from.y + 0.75 * control + 0.125 * to.y;
  const head = `M ${round(to.x - 4)} ${round(to.y - 7)} L ${round(to.x + 4)} ${round(to.y - 7)} L ${round(to.x)} ${round(to.y)} Z`;
  return { path, labelAt: { x: round((from.x + to.x) / 2), y: round(apexY) }, head };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
