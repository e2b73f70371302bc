import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { claimBarsFigure } from '../../../../shared/charts/claim-bars-figure';
import { codeMatrixFigure } from '../../../../shared/charts/code-matrix-figure';
import { NO_LABEL_COLOUR, type DrawnFigure, type PlotLibrary } from '../../../../shared/charts/plot-library';
import { timelineFigure } from '../../../../shared/charts/timeline-figure';
import type { ProjectCharts } from '../../../../shared/model/analysis-charts';
import type { Label } from '../../../../shared/model/annotation';

const WIDTH = 900;

/** A drawn figure, as far as the report reads it. */
interface SvgFigure extends DrawnFigure {
  readonly outerHTML: string;
}

// main/ compiles without DOM typings, and Plot's and linkedom's name DOM types: both are described by
// the little the report uses of them.
const plot = Plot as unknown as PlotLibrary<SvgFigure>;
const parseDocument = parseHTML as (html: string) => { document: object };

/**
 * The report's Charts section: the window's charts drawn by the same figures and Plot, into a
 * linkedom document (main has no DOM), and written out as static SVG. Plot escapes every text it
 * draws and its <style> is removed, so the page's policy (one hashed style sheet, nothing else)
 * holds.
 */
export function chartsSection(charts: ProjectCharts, labels: readonly Label[]): string {
  const { document } = parseDocument('<!doctype html><html><body></body></html>');
  const claimColour = labels.find((label) => label.kind === 'claim')?.color ?? NO_LABEL_COLOUR;

  const figures = [
    {
      title: 'Claims per claimant by stance',
      svg: claimBarsFigure(plot, document, charts.claimsPerClaimant, { groups: 'claimant', width: WIDTH }),
    },
    {
      title: 'Verdicts per source',
      svg: claimBarsFigure(plot, document, charts.verdictsPerSource, { groups: 'source', width: WIDTH }),
    },
    { title: 'Code matrix of sources by label', svg: codeMatrixFigure(plot, document, charts.codeMatrix) },
    {
      title: 'Claims and mentions over published dates',
      svg: timelineFigure(plot, document, charts.timeline, { width: WIDTH, claimColour }),
    },
  ];
  return [
    '<section><h2 id="charts">Charts</h2>',
    '<p class="muted">Counted across every article of the project that is not in the trash.</p>',
    ...figures.map(
      ({ title, svg }) => `<figure class="chart"><figcaption>${title}</figcaption>\n${svg.outerHTML}\n</figure>`,
    ),
    '</section>',
  ].join('\n');
}
