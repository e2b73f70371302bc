import { describe, expect, it } from 'vitest';
import { arcEnd, arcShape, EDGE_INSET } from '../../../renderer/src/relation-arcs/arc-geometry';

const viewport = { width: 600, height: 400 };

describe('relation arc geometry', () => {
  it('ends an arc on the middle of the top of a span on screen', () => {
    expect(arcEnd({ left: 100, right: 200, top: 50, bottom: 70 }, viewport)).toEqual({
      point: { x: 150, y: 50 },
      offscreen: null,
    });
  });

  it('puts the end of a span scrolled out of sight at the edge it lies beyond', () => {
    expect(arcEnd({ left: 100, right: 200, top: -300, bottom: -280 }, viewport)).toEqual({
      point: { x: 150, y: EDGE_INSET },
      offscreen: 'above',
    });
    expect(arcEnd({ left: 580, right: 700, top: 900, bottom: 920 }, viewport)).toEqual({
      point: { x: viewport.width - EDGE_INSET, y: viewport.height - EDGE_INSET },
      offscreen: 'below',
    });
  });

  it('draws a curve from end to end whose label sits above both, higher for each further arc', () => {
    const from = { x: 100, y: 200 };
    const to = { x: 400, y: 260 };
    const first = arcShape(from, to);
    expect(first.path.startsWith('M 100 200 C')).toBe(true);
    expect(first.path.endsWith('400 260')).toBe(true);
    expect(first.labelAt.y).toBeLessThan(200);
    expect(first.labelAt.x).toBe(250);
    expect(arcShape(from, to, 1).labelAt.y).toBeLessThan(first.labelAt.y);
    // Never above the pane, where the label could not be read.
    expect(arcShape({ x: 10, y: 12 }, { x: 500, y: 14 }).labelAt.y).toBeGreaterThanOrEqual(0);
  });
});
