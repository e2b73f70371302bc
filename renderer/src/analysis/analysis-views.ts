import { AGREEMENT_VIEW } from './agreement/agreement-view';
import type { AnalysisViewKind } from './analysis-view';
import { CHART_VIEWS } from './charts/chart-views';
import { CLAIMS_TABLE_VIEW } from './claims/claims-table-view';
import { CURATION_VIEW } from './curation/curation-view';
import { ENTITY_INDEX_VIEW } from './entities/entity-index-view';
import { NETWORK_VIEW_KINDS } from './networks/network-views';

/**
 * The views of the Analysis area, in tab order. Each is reachable by the command
 * `analysis.show.<id>` (palette) and the tab list; add a view with one line here.
 */
export const ANALYSIS_VIEWS: readonly AnalysisViewKind[] = [
  CLAIMS_TABLE_VIEW,
  ENTITY_INDEX_VIEW,
  ...CHART_VIEWS,
  ...NETWORK_VIEW_KINDS,
  AGREEMENT_VIEW,
  CURATION_VIEW,
];
