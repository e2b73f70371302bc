import { NO_LABEL_COLOUR } from '../../../../shared/charts/plot-library';
import { timelineFigure } from '../../../../shared/charts/timeline-figure';
import type { Timeline } from '../../../../shared/model/analysis-charts';
import { chartViewKind, type ChartSpec } from './chart-view';

function timelineSpec(): ChartSpec<Timeline> {
  return {
    id: 'timeline',
    title: 'Timeline of claims and mentions',
    load: (api, filter) => api.invoke('analysis.timeline', { filter }),
    emptyMessage: (timeline) =>
      timeline.periods.length === 0 ? 'No article with a published date matches the filter.' : null,
    draw: (Plot, timeline, width, labels) => {
      const claimColour = labels.find((label) => label.kind === 'claim')?.color ?? NO_LABEL_COLOUR;
      return timelineFigure(Plot, document, timeline, { width, claimColour });
    },
    table: (timeline, filterBy) => ({
      headers: ['Published', 'Claims', 'Mentions'],
      rows: timeline.periods.map(({ period, claims, mentions }) => [
        {
          text: period,
          label: `Filter to ${period}`,
          onPress: () => filterBy({ publishedFrom: period, publishedTo: period }),
        },
        claims,
        mentions,
      ]),
    }),
    filterFor: () => null,
    attach: (svg, timeline, context) => {
      svg.setAttribute(
        'aria-label',
        `${svg.getAttribute('aria-label') ?? ''}. Drag across it to filter by dates; Escape clears them.`,
      );
      // d3's brush is loaded with the first timeline drawn, as Plot is, not at start-up.
      let release: (() => void) | null = null;
      let detached = false;
      void import('./timeline-brush').then(({ attachTimelineBrush }) => {
        if (!detached) release = attachTimelineBrush(svg, timeline, context.filter);
      });
      return () => {
        detached = true;
        release?.();
      };
    },
  };
}

export const TIMELINE_VIEW = chartViewKind(timelineSpec);
