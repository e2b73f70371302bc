import type { NetworkGraph } from './network-graph';

const WIDTH = 1200;
const HEIGHT = 900;
const PADDING = 40;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

const round = (value: number): string => value.toFixed(1);

/**
 * The laid-out network as a standalone SVG document, from the same positions, sizes and colours
 * the canvas shows: edges under nodes, every node labelled and titled with its count, on the
 * theme's background so it reads the same outside the app.
 */
export function networkSvg(graph: NetworkGraph, options: { title: string; background: string; text: string }): string {
  const xs: number[] = [];
  const ys: number[] = [];
  graph.forEachNode((_, { x, y }) => {
    xs.push(x);
    ys.push(y);
  });
  const [minX, maxX, minY, maxY] = [Math.min(...xs, 0), Math.max(...xs, 0), Math.min(...ys, 0), Math.max(...ys, 0)];
  const scale = Math.min((WIDTH - 2 * PADDING) / (maxX - minX || 1), (HEIGHT - 2 * PADDING) / (maxY - minY || 1));
  // Graph y grows upwards (as sigma draws it), SVG y downwards.
  const at = (x: number, y: number) => ({ x: PADDING + (x - minX) * scale, y: HEIGHT - PADDING - (y - minY) * scale });

  const edges: string[] = [];
  graph.forEachEdge((_key, edge, _source, _target, from, to) => {
    const a = at(from.x, from.y);
    const b = at(to.x, to.y);
    edges.push(
      `<line x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(b.x)}" y2="${round(b.y)}" stroke="${edge.color}" stroke-opacity="0.6" stroke-width="${round(edge.size)}"><title>${escapeXml(`${from.label} – ${to.label}: ${edge.weight}`)}</title></line>`,
    );
  });
  const nodes: string[] = [];
  graph.forEachNode((_, node) => {
    const p = at(node.x, node.y);
    nodes.push(
      `<g><title>${escapeXml(`${node.label}: ${node.node.count}`)}</title><circle cx="${round(p.x)}" cy="${round(p.y)}" r="${round(node.size)}" fill="${node.color}"/><text x="${round(p.x + node.size + 3)}" y="${round(p.y + 4)}">${escapeXml(node.label)}</text></g>`,
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<rect width="100%" height="100%" fill="${options.background}"/>`,
    `<g>${edges.join('')}</g>`,
    `<g font-family="sans-serif" font-size="12" fill="${options.text}">${nodes.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
