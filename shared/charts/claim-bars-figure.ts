import type { ClaimAttributeChart } from '../model/analysis-charts';
import {
  ACTIVE_MARK_CLASS,
  indexedMarks,
  NO_LABEL_COLOUR,
  type DrawnFigure,
  drawFigure,
  type PlotLibrary,
} from './plot-library';

/** One stacked segment: the claims of one bar carrying one value of the attribute. */
export interface ClaimBarSegment {
  readonly bar: number;
  readonly value: string;
  readonly colour: string;
  readonly count: number;
}

const BAR_HEIGHT = 26;

/** The segments in the order of the attribute's values, claims without a value last. */
export function claimBarSegments(chart: ClaimAttributeChart): ClaimBarSegment[] {
  const order = [...chart.values.map((value) => value.id), null];
  const values = new Map(chart.values.map((value) => [value.id, value]));
  return chart.bars.flatMap((bar, index) =>
    [...bar.counts]
      .sort((x, y) => order.indexOf(x.valueId) - order.indexOf(y.valueId))
      .map(({ valueId, count }) => {
        const value = valueId === null ? undefined : values.get(valueId);
        return { bar: index, value: value?.name ?? 'none', colour: value?.color ?? NO_LABEL_COLOUR, count };
      }),
  );
}

/** Horizontal bars, one per claimant or source, stacked by stance or verdict in the label colours. */
export function claimBarsFigure<Figure extends DrawnFigure>(
  Plot: PlotLibrary<Figure>,
  document: unknown,
  chart: ClaimAttributeChart,
  what: { readonly groups: string; readonly width: number },
): Figure {
  const segments = claimBarSegments(chart);
  const names = chart.bars.map((bar) => bar.name);
  const label = (segment: ClaimBarSegment) => `${names[segment.bar] ?? ''}: ${segment.count} ${segment.value}`;
  return drawFigure(Plot, document, {
    width: what.width,
    height: 40 + BAR_HEIGHT * Math.max(1, names.length),
    marginLeft: 160,
    ariaLabel: `Claims per ${what.groups} by ${chart.attribute?.name ?? 'value'}`,
    x: { label: 'Claims', grid: true },
    y: { label: null, domain: names.map((_, index) => index), tickFormat: (index: number) => names[index] ?? '' },
    marks: [
      Plot.barX(segments, {
        y: 'bar',
        x: 'count',
        fill: 'colour',
        title: label,
        className: ACTIVE_MARK_CLASS,
        render: indexedMarks,
      }),
      Plot.text(chart.bars, {
        y: (_: unknown, index: number) => index,
        x: 'total',
        text: 'total',
        dx: 4,
        textAnchor: 'start',
      }),
    ],
  });
}
