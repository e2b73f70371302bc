import { brushX, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import {
  periodEnd,
  periodOf,
  periodStart,
  TIMELINE_HEIGHT,
  TIMELINE_MARGINS,
} from '../../../../shared/charts/timeline-figure';
import type { Timeline } from '../../../../shared/model/analysis-charts';
import type { AnalysisFilterState } from '../analysis-filter-state';

/** Plot's figure answers for its scales; the timeline's x scale maps dates to pixels and back. */
interface TimeScale {
  apply(value: Date): number;
  invert(pixel: number): Date;
}

/**
 * A brush over the timeline that sets the filter's published-date range to the periods it spans
 * (a click without dragging clears the range, as Escape does). The range in the filter shows as
 * the brush's selection after every redraw.
 */
export function attachTimelineBrush(svg: SVGSVGElement, timeline: Timeline, filter: AnalysisFilterState): () => void {
  const x = (svg as SVGSVGElement & { scale(name: 'x'): TimeScale }).scale('x');
  const left = TIMELINE_MARGINS.left;
  const right = Number(svg.getAttribute('width')) - TIMELINE_MARGINS.right;
  const brush = brushX<unknown>()
    .extent([
      [left, TIMELINE_MARGINS.top],
      [right, TIMELINE_HEIGHT - TIMELINE_MARGINS.bottom],
    ])
    .on('end', (event: D3BrushEvent<unknown>) => {
      // Moves the view makes itself (showing the filter's range) come without a pointer event.
      if (event.sourceEvent === null || event.sourceEvent === undefined) return;
      const selection = event.selection as [number, number] | null;
      if (selection === null) {
        filter.update({ publishedFrom: null, publishedTo: null });
        return;
      }
      // The end pixel belongs to the period before it when it falls on a boundary.
      const last = new Date(x.invert(selection[1]).getTime() - 1);
      filter.update({
        publishedFrom: periodOf(x.invert(selection[0]), timeline.granularity),
        publishedTo: periodOf(last, timeline.granularity),
      });
    });
  const group = select(svg).append('g').attr('class', 'timeline-brush').call(brush);
  const { publishedFrom, publishedTo } = filter.filter;
  if (publishedFrom !== null || publishedTo !== null) {
    const from = publishedFrom === null ? left : Math.max(left, x.apply(periodStart(publishedFrom)));
    const to = publishedTo === null ? right : Math.min(right, x.apply(periodEnd(publishedTo)));
    if (to > from) brush.move(group, [from, to]);
  }
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || (filter.filter.publishedFrom === null && filter.filter.publishedTo === null)) return;
    event.preventDefault();
    filter.update({ publishedFrom: null, publishedTo: null });
  };
  svg.setAttribute('tabindex', '0');
  svg.addEventListener('keydown', onKey);
  return () => {
    svg.removeEventListener('keydown', onKey);
    group.remove();
  };
}
