import type { Network, NetworkKind, NetworkNode } from '../../../../shared/model/analysis-network';
import { h } from '../../dom/element-builder';
import { describeEdgeWeight, describeNode } from './network-text';

export interface TextAlternativeActions {
  /** Enter or click on a node: what a click on it in the drawing does. */
  choose(node: NetworkNode): void;
  /** Focus moved to a node (null: left the list), so the drawing can emphasise it. */
  focus(node: NetworkNode | null): void;
}

const HEADINGS: Record<NetworkKind, { from: string; to: string; count: string }> = {
  cooccurrence: { from: 'Entity', to: 'Entity', count: 'Together' },
  claims: { from: 'From', to: 'To', count: 'Claims' },
  relations: { from: 'From', to: 'To', count: 'Relations' },
};

/**
 * The drawing's numbers for keyboard and screen-reader users: every node as a button (its count
 * and links; Enter filters by an entity or opens a claim in its article, focus highlights it in the
 * drawing) and every link in a table.
 */
export class NetworkTextAlternative {
  readonly element: HTMLElement;
  private readonly nodes = h('ul', { className: 'network-nodes' });
  private readonly links = h('tbody');

  constructor(
    private readonly kind: NetworkKind,
    private readonly actions: TextAlternativeActions,
  ) {
    const headings = HEADINGS[kind];
    // It scrolls when long: focusable, so a keyboard user can scroll the links table too.
    this.element = h(
      'div',
      { className: 'network-text', attrs: { tabindex: '0', role: 'group', 'aria-label': 'The network as lists' } },
      [
        h('section', { attrs: { 'aria-label': 'Nodes' } }, [h('h3', { text: 'Nodes' }), this.nodes]),
        h('section', { attrs: { 'aria-label': 'Links' } }, [
          h('h3', { text: 'Links' }),
          h('table', { className: 'network-links' }, [
            h('thead', {}, [
              h('tr', {}, [
                h('th', { attrs: { scope: 'col' }, text: headings.from }),
                h('th', { attrs: { scope: 'col' }, text: headings.to }),
                h('th', { attrs: { scope: 'col' }, text: headings.count }),
              ]),
            ]),
            this.links,
          ]),
        ]),
      ],
    );
    this.nodes.addEventListener('focusout', (event) => {
      if (!this.nodes.contains(event.relatedTarget as Node | null)) this.actions.focus(null);
    });
  }

  show(network: Network): void {
    const byId = new Map(network.nodes.map((node) => [node.id, node]));
    const ordered = [...network.nodes].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    this.nodes.replaceChildren(
      ...ordered.map((node) => {
        const button = h('button', {
          className: 'network-node',
          attrs: {
            type: 'button',
            'data-node': node.id,
            'aria-disabled': node.entityId === null && node.place === null ? 'true' : null,
          },
          text: describeNode(this.kind, network, node),
        });
        button.addEventListener('click', () => this.actions.choose(node));
        button.addEventListener('focus', () => this.actions.focus(node));
        return h('li', {}, [button]);
      }),
    );
    this.links.replaceChildren(
      ...network.edges.map((edge) =>
        h('tr', {}, [
          h('td', { text: byId.get(edge.source)?.label ?? edge.source }),
          h('td', { text: byId.get(edge.target)?.label ?? edge.target }),
          h('td', { attrs: { 'data-weight': edge.weight }, text: describeEdgeWeight(this.kind, edge.weight) }),
        ]),
      ),
    );
  }
}
