import type { AnalysisViewKind } from '../analysis-view';
import { CLAIMS_PER_CLAIMANT_VIEW, VERDICTS_PER_SOURCE_VIEW } from './claim-charts';
import { CODE_MATRIX_VIEW } from './code-matrix-chart';
import { TIMELINE_VIEW } from './timeline-chart';

/** The chart views of the Analysis area, in tab order. */
export const CHART_VIEWS: readonly AnalysisViewKind[] = [
  CLAIMS_PER_CLAIMANT_VIEW,
  VERDICTS_PER_SOURCE_VIEW,
  CODE_MATRIX_VIEW,
  TIMELINE_VIEW,
];
