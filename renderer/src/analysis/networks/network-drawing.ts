import Sigma from 'sigma';
import type { NetworkGraph } from './network-graph';

export { layOutNetwork } from './network-graph';

export interface DrawingHandlers {
  click(nodeId: string): void;
  hover(nodeId: string | null): void;
}

export interface DrawingTheme {
  readonly background: string;
  readonly text: string;
}

/** A network drawn by sigma.js on WebGL canvases in `container`. */
export interface NetworkDrawing {
  /**
   * Emphasises a node and its links (keyboard focus in the node list), or none; answers where the
   * node is drawn, in pixels from the container's top left corner.
   */
  highlight(nodeId: string | null): { x: number; y: number } | null;
  /** What the canvases show now, as one PNG on the theme's background. */
  png(theme: DrawingTheme): Promise<Blob>;
  dispose(): void;
}

const FADED = 'rgba(136, 136, 136, 0.3)';

/**
 * Loaded on first use (a dynamic import), so sigma and graphology cost nothing until a network is
 * opened. Sigma draws with WebGL shaders compiled from strings by the GPU driver, not by
 * JavaScript's eval, so it needs nothing beyond the page's strict CSP.
 */
export function drawNetwork(
  container: HTMLElement,
  graph: NetworkGraph,
  theme: DrawingTheme,
  handlers: DrawingHandlers,
): NetworkDrawing {
  let highlighted: string | null = null;
  const renderer = new Sigma(graph, container, {
    // Hidden (the Analysis area shows another view) is a valid state, not an error.
    allowInvalidContainer: true,
    defaultEdgeType: graph.type === 'directed' ? 'arrow' : 'line',
    labelColor: { color: theme.text },
    labelRenderedSizeThreshold: 4,
    zIndex: true,
    nodeReducer: (node, data) =>
      highlighted === null || node === highlighted || graph.areNeighbors(node, highlighted)
        ? { ...data, highlighted: node === highlighted, zIndex: 1 }
        : { ...data, color: FADED, label: '', zIndex: 0 },
    edgeReducer: (edge, data) =>
      highlighted === null || graph.hasExtremity(edge, highlighted) ? data : { ...data, hidden: true },
  });
  renderer.on('clickNode', ({ node }) => handlers.click(node));
  renderer.on('enterNode', ({ node }) => handlers.hover(node));
  renderer.on('leaveNode', () => handlers.hover(null));

  return {
    highlight(nodeId) {
      highlighted = nodeId;
      renderer.refresh({ skipIndexation: true });
      const data = nodeId === null ? undefined : renderer.getNodeDisplayData(nodeId);
      return data === undefined ? null : renderer.framedGraphToViewport(data);
    },
    png({ background }) {
      // Drawn again and copied in the same task: WebGL keeps its buffer only until the next composite.
      renderer.refresh();
      const layers = Object.values(renderer.getCanvases());
      const first = layers[0];
      const canvas = document.createElement('canvas');
      canvas.width = first?.width ?? 1;
      canvas.height = first?.height ?? 1;
      const context = canvas.getContext('2d');
      if (context === null) return Promise.reject(new Error('This window cannot draw images.'));
      context.fillStyle = background;
      context.fillRect(0, 0, canvas.width, canvas.height);
      for (const layer of layers) context.drawImage(layer, 0, 0, canvas.width, canvas.height);
      return new Promise((resolve, reject) =>
        canvas.toBlob(
          (blob) => (blob === null ? reject(new Error('The image could not be made.')) : resolve(blob)),
          'image/png',
        ),
      );
    },
    dispose() {
      renderer.kill();
    },
  };
}
