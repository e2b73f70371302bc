import type { AnalysisViewKind } from '../analysis-view';
import { NetworkView } from './network-view';

/** The three networks of the Analysis area, in menu order. */
export const NETWORK_VIEW_KINDS: readonly AnalysisViewKind[] = [
  {
    id: 'cooccurrence',
    title: 'Co-occurrence network',
    create: (context) =>
      new NetworkView(context, {
        kind: 'cooccurrence',
        title: 'Co-occurrence network',
        fileName: 'co-occurrence-network',
      }),
  },
  {
    id: 'claimNetwork',
    title: 'Claim network',
    create: (context) =>
      new NetworkView(context, { kind: 'claims', title: 'Claim network', fileName: 'claim-network' }),
  },
  {
    id: 'relationGraph',
    title: 'Relation graph',
    create: (context) =>
      new NetworkView(context, { kind: 'relations', title: 'Relation graph', fileName: 'relation-graph' }),
  },
];
