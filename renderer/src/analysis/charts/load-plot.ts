import type { PlotLibrary } from '../../../../shared/charts/plot-library';

export type WindowPlot = PlotLibrary<SVGSVGElement>;

let loading: Promise<WindowPlot> | null = null;

/**
 * Observable Plot and d3 are loaded the first time a chart is shown, as a chunk of their own, so
 * they add nothing to start-up. Plot draws SVG elements (no legend or caption is asked for).
 */
export function loadPlot(): Promise<WindowPlot> {
  loading ??= import('@observablehq/plot').then((Plot) => Plot as unknown as WindowPlot);
  return loading;
}
