/**
 * The part of Observable Plot the chart figures use. shared/ compiles without DOM typings, so the
 * figures take Plot and the document they draw into as arguments: the window passes its own
 * (lazily imported) Plot and document, the HTML report Plot with a linkedom document. Options are
 * plain objects here; Plot checks them at run time and the chart tests draw every figure.
 */
export interface PlotLibrary<Figure extends DrawnFigure> {
  plot(options: object): Figure;
  barX(data: readonly object[], options: object): unknown;
  cell(data: readonly object[], options: object): unknown;
  text(data: readonly object[], options: object): unknown;
  rectY(data: readonly object[], options: object): unknown;
  ruleY(data: readonly number[], options?: object): unknown;
}

/** What Plot draws (an SVG element), as far as the figures touch it. */
export interface DrawnFigure {
  querySelector(selectors: string): { remove(): void } | null;
}

/** Every figure's class: the app's and the report's style sheets give it what Plot's <style> would. */
export const CHART_CLASS = 'awb-plot';

/** Drawn where a label has no colour of its own. */
export const NO_LABEL_COLOUR = '#7f7f7f';

/** Marks whose elements the window makes focusable and clickable carry this mark-level class. */
export const ACTIVE_MARK_CLASS = 'awb-plot-active';

/** The datum index of each drawn element, so the window can map a click on a mark back to its data. */
export const DATUM_INDEX_ATTRIBUTE = 'data-datum';

interface RenderedGroup {
  readonly children: ArrayLike<{ setAttribute(name: string, value: string): void }>;
}

/**
 * Plot's render transform: tags each element of a mark with the index of its datum (Plot draws an
 * element per index, in index order).
 */
export function indexedMarks(
  index: readonly number[],
  scales: unknown,
  values: unknown,
  dimensions: unknown,
  context: unknown,
  next: (...args: unknown[]) => RenderedGroup | null,
): RenderedGroup | null {
  const group = next(index, scales, values, dimensions, context);
  if (group === null) return null;
  for (let k = 0; k < group.children.length; k++) {
    group.children[k]?.setAttribute(DATUM_INDEX_ATTRIBUTE, String(index[k]));
  }
  return group;
}

/** The colour text needs on a fill of `colour` at `opacity` over white: dark or white, whichever reads. */
export function textColourOn(colour: string, opacity: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (match === null) return '#1f1f1f';
  const channel = (hex: string) => {
    const blended = (1 - opacity) * 255 + opacity * Number.parseInt(hex, 16);
    const c = blended / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [, r = '0', g = '0', b = '0'] = match;
  const luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  // Contrast with white text (1.05 / (L + 0.05)) beats contrast with #1f1f1f ((L + 0.05) / 0.064) below L ≈ 0.18.
  return luminance < 0.18 ? '#ffffff' : '#1f1f1f';
}

/**
 * Draws a figure. Plot adds a <style> element to each, which the app's and the report's
 * Content-Security-Policy refuse (no inline styles): it goes before the figure is shown, and the
 * style sheets carry the same rules for `CHART_CLASS`.
 */
export function drawFigure<Figure extends DrawnFigure>(
  Plot: PlotLibrary<Figure>,
  document: unknown,
  options: object,
): Figure {
  const figure = Plot.plot({ ...options, document, className: CHART_CLASS });
  figure.querySelector('style')?.remove();
  return figure;
}
