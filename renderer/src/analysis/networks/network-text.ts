import type { Network, NetworkKind, NetworkNode } from '../../../../shared/model/analysis-network';
import { numberFormat } from '../../text/intl-formats';
import { counted } from '../../text/plural';

const plural = (count: number, noun: string): string => counted(count, noun, `${noun}s`);

/** How each network names what its numbers count. */
const WORDING: Record<NetworkKind, { node: (count: number) => string; edge: (count: number) => string }> = {
  cooccurrence: {
    node: (count) => plural(count, 'mention'),
    edge: (count) => `together ${plural(count, 'time')}`,
  },
  claims: {
    node: (count) => plural(count, 'claim'),
    edge: (count) => plural(count, 'claim'),
  },
  relations: {
    node: (count) => plural(count, 'relation'),
    edge: (count) => plural(count, 'relation'),
  },
};

/**
 * One sentence for a node: its name and count, how many links it has here, and, for an annotation
 * node, that choosing it opens its article: unlike an entity's filtering, that leaves the view.
 */
export function describeNode(kind: NetworkKind, network: Network, node: NetworkNode): string {
  const links = network.edges.filter((edge) => edge.source === node.id || edge.target === node.id).length;
  const counts = `${node.label}: ${WORDING[kind].node(node.count)}, ${plural(links, 'link')} shown`;
  if (node.place === null) return counts;
  return `${counts}; click or Enter opens the ${kind === 'claims' ? 'claim' : 'annotation'} in its article`;
}

export function describeEdgeWeight(kind: NetworkKind, weight: number): string {
  return WORDING[kind].edge(weight);
}

/** Says what the top-N left out, so a thinned network is never mistaken for the whole. */
export function describeShown(kind: NetworkKind, network: Network): string {
  const what = kind === 'claims' ? 'claim' : 'link';
  if (network.total === 0) return `No ${what}s match the filter.`;
  const shown =
    kind === 'claims' ? network.nodes.filter((node) => node.annotationId !== null).length : network.edges.length;
  return shown === network.total
    ? `All ${plural(network.total, what)}.`
    : `The top ${numberFormat(undefined).format(shown)} of ${plural(network.total, what)}.`;
}
