import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Suggestion } from '../../../shared/model/suggestion';
import type { TextPositionMap } from '../article-view/text-position-map';
import { suggestionKey } from './suggestion-identity';

/**
 * What a transaction tells the plugin: the suggestions of the article on screen, the focused one,
 * and the position map of the document they are drawn in (null when the suggestions are for
 * another article than the one on screen). The plugin's state is worked out from these alone.
 */
export interface SuggestionLayerMeta {
  readonly suggestions: readonly Suggestion[];
  readonly focused: Suggestion | null;
  readonly positions: TextPositionMap | null;
}

/** What every suggestion decoration carries, so a click finds its suggestion without the DOM. */
export interface SuggestionDecorationSpec {
  readonly suggestionKey: string;
}

export const suggestionLayerKey = new PluginKey<DecorationSet>('suggestion-layer');

/**
 * Draws the suggestions as decorations of their own, apart from the annotation highlights: a
 * dashed underline in the label's colour (the `ann-c<id>` class gives each theme its 3:1 shade),
 * the focused one with a tint and an outline. A few hundred per article at most, so a change draws
 * them all anew; text edits map them until the next answer.
 */
export function suggestionLayerPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: suggestionLayerKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, previous) {
        const meta = suggestionLayerMeta(tr);
        if (meta !== undefined) return suggestionDecorations(tr.doc, meta);
        return tr.docChanged ? previous.map(tr.mapping, tr.doc) : previous;
      },
    },
    props: {
      decorations: (state: EditorState) => suggestionLayerKey.getState(state) ?? null,
    },
  });
}

export function suggestionLayerMeta(tr: Transaction): SuggestionLayerMeta | undefined {
  return tr.getMeta(suggestionLayerKey) as SuggestionLayerMeta | undefined;
}

export function suggestionDecorations(doc: ProseMirrorNode, meta: SuggestionLayerMeta): DecorationSet {
  const { positions, focused } = meta;
  if (positions === null || meta.suggestions.length === 0) return DecorationSet.empty;
  const focusedKey = focused === null ? null : suggestionKey(focused);
  const decorations: Decoration[] = [];
  for (const suggestion of meta.suggestions) {
    const key = suggestionKey(suggestion);
    const className = `sugg ann-c${suggestion.labelId}${key === focusedKey ? ' sugg-focused' : ''}`;
    const spec: SuggestionDecorationSpec = { suggestionKey: key };
    for (const piece of positions.blockPieces(suggestion)) {
      decorations.push(
        Decoration.inline(piece.from, piece.to, { nodeName: 'span', class: className, 'data-suggestion': key }, spec),
      );
    }
  }
  return DecorationSet.create(doc, decorations);
}
