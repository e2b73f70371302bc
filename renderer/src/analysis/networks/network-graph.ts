import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Network, NetworkKind, NetworkNode } from '../../../../shared/model/analysis-network';
import { seededRandom } from '../../../../shared/random/seeded-random';

/** What the renderer, the SVG writer and the text alternative read of a laid-out node. */
export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  node: NetworkNode;
  /** Co-occurrence only: the community Louvain put it in, 0 the largest. */
  community: number | null;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  weight: number;
  labelId: number | null;
}

export type NetworkGraph = Graph<NodeAttributes, EdgeAttributes>;

/** Colours for what a node or edge stands for; the view resolves them for the theme. */
export interface NetworkColours {
  /** A label's colour (entity type, stance value, relation type); null: none. */
  label(labelId: number | null): string;
  /** The n-th largest community's colour. */
  community(index: number): string;
}

/** Enough sweeps for a few hundred nodes to settle, few enough to stay well under a second. */
const LAYOUT_ITERATIONS = 150;
const NODE_SIZE = { min: 4, max: 18 };
const EDGE_SIZE = { min: 1, max: 6 };

function scaled(value: number, max: number, range: { min: number; max: number }): number {
  return max <= 1 ? range.min : range.min + ((range.max - range.min) * Math.sqrt(value - 1)) / Math.sqrt(max - 1);
}

/**
 * The network as a graphology graph, laid out with ForceAtlas2 in a fixed number of synchronous
 * iterations (the CSP blocks the library's blob: worker, and a fixed count keeps it predictable),
 * from a circle so it is the same every time. Co-occurrence nodes are coloured by their Louvain
 * community; claims and relations by their labels (stance, entity type, relation type).
 */
// Louvain takes no multigraph; co-occurrence has one edge per pair anyway.
export function layOutNetwork(network: Network, kind: NetworkKind, colours: NetworkColours): NetworkGraph {
  const graph: NetworkGraph = new Graph<NodeAttributes, EdgeAttributes>({
    type: kind === 'cooccurrence' ? 'undirected' : 'directed',
    multi: kind !== 'cooccurrence',
  });
  const maxCount = Math.max(1, ...network.nodes.map((node) => node.count));
  const maxWeight = Math.max(1, ...network.edges.map((edge) => edge.weight));
  network.nodes.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / network.nodes.length;
    graph.addNode(node.id, {
      x: Math.cos(angle) * 100,
      y: Math.sin(angle) * 100,
      size: scaled(Math.max(1, node.count), maxCount, NODE_SIZE),
      color: colours.label(node.labelId),
      label: node.label,
      node,
      community: null,
    });
  });
  for (const edge of network.edges) {
    graph.addEdge(edge.source, edge.target, {
      size: scaled(edge.weight, maxWeight, EDGE_SIZE),
      color: colours.label(edge.labelId),
      weight: edge.weight,
      labelId: edge.labelId,
    });
  }
  if (kind === 'cooccurrence') colourCommunities(graph, colours);
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: LAYOUT_ITERATIONS,
      getEdgeWeight: 'weight',
      settings: { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 1 },
    });
  }
  return graph;
}

/** Louvain communities, numbered largest first so the first palette colours go to the big groups. */
function colourCommunities(graph: NetworkGraph, colours: NetworkColours): void {
  if (graph.size === 0) return;
  const partition = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(7) });
  const sizes = new Map<number, number>();
  for (const community of Object.values(partition)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const rank = new Map(
    [...sizes.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([community], index) => [community, index]),
  );
  graph.forEachNode((id, attributes) => {
    const community = rank.get(partition[id] as number) ?? 0;
    attributes.community = community;
    attributes.color = colours.community(community);
  });
}
