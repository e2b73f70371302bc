/** An edge between two node keys with how often it was seen. */
export interface CountedEdge<K = number> {
  readonly source: K;
  readonly target: K;
  readonly weight: number;
}

/**
 * The `limit` heaviest edges, heaviest first; the sort is stable, so equal weights keep the order
 * they were found in and the same project always shows the same network.
 */
export function strongestEdges<E extends CountedEdge<unknown>>(edges: readonly E[], limit: number): E[] {
  return [...edges].sort((x, y) => y.weight - x.weight).slice(0, limit);
}
