import type { Timeline, TimelineGranularity } from '../model/analysis-charts';
import { type DrawnFigure, drawFigure, type PlotLibrary } from './plot-library';

/** The first moment of a period ("2025", "2025-03", "2025-03-14"), in UTC. */
export function periodStart(period: string): Date {
  const [year = '1970', month = '01', day = '01'] = period.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** Mentions stand behind claims in a quiet blue-grey; claims take the claim label's colour. */
export const MENTION_COLOUR = '#9ab0c8';

/** The first moment after a period: its end, exclusive. */
export function periodEnd(period: string): Date {
  const start = periodStart(period);
  const parts = period.split('-').length;
  if (parts === 1) start.setUTCFullYear(start.getUTCFullYear() + 1);
  else if (parts === 2) start.setUTCMonth(start.getUTCMonth() + 1);
  else start.setUTCDate(start.getUTCDate() + 1);
  return start;
}

/** The period of a granularity that holds `date`. */
export function periodOf(date: Date, granularity: TimelineGranularity): string {
  return date.toISOString().slice(0, { year: 4, month: 7, day: 10 }[granularity]);
}

export const TIMELINE_HEIGHT = 220;
export const TIMELINE_MARGINS = { top: 20, right: 20, bottom: 30, left: 50 } as const;

interface Bar {
  readonly start: Date;
  readonly series: 'Mentions' | 'Claims';
  readonly count: number;
}

/**
 * Mentions and claims per period as bars on one time axis, claims drawn in the claim label's
 * colour inside the mentions' bar so both read at once.
 */
export function timelineFigure<Figure extends DrawnFigure>(
  Plot: PlotLibrary<Figure>,
  document: unknown,
  timeline: Timeline,
  look: { readonly width: number; readonly claimColour: string },
): Figure {
  const bars = timeline.periods.flatMap(({ period, claims, mentions }): Bar[] => [
    { start: periodStart(period), series: 'Mentions', count: mentions },
    { start: periodStart(period), series: 'Claims', count: claims },
  ]);
  const of = (series: Bar['series']) => bars.filter((bar) => bar.series === series);
  const title = (bar: Bar) => `${bar.start.toISOString().slice(0, 10)}: ${bar.count} ${bar.series.toLowerCase()}`;
  return drawFigure(Plot, document, {
    width: look.width,
    height: TIMELINE_HEIGHT,
    marginTop: TIMELINE_MARGINS.top,
    marginRight: TIMELINE_MARGINS.right,
    marginBottom: TIMELINE_MARGINS.bottom,
    marginLeft: TIMELINE_MARGINS.left,
    ariaLabel: 'Claims and mentions over published dates',
    x: { type: 'utc', label: null },
    y: { label: 'Annotations', grid: true },
    marks: [
      Plot.rectY(of('Mentions'), {
        x: 'start',
        interval: timeline.granularity,
        y: 'count',
        fill: MENTION_COLOUR,
        title,
      }),
      Plot.rectY(of('Claims'), {
        x: 'start',
        interval: timeline.granularity,
        y: 'count',
        fill: look.claimColour,
        inset: 2,
        title,
      }),
      Plot.ruleY([0], { ariaHidden: true }),
    ],
  });
}
