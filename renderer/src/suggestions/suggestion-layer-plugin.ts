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

/** The drawing, and what it was drawn from, so a change of focus or a drop redraws only what changed. */
export interface SuggestionLayerState {
  readonly decorations: DecorationSet;
  readonly drawnFrom: SuggestionLayerMeta | null;
}

export const suggestionLayerKey = new PluginKey<SuggestionLayerState>('suggestion-layer');

const EMPTY: SuggestionLayerState = { decorations: DecorationSet.empty, drawnFrom: null };

/**
 * Draws the suggestions as decorations of their own, apart from the annotation highlights: a
 * dashed underline in the label's colour (the `ann-c<id>` class gives each theme its 3:1 shade),
 * the focused one with a tint and an outline. A long article has thousands, so moving the focus
 * redraws the two suggestions concerned and an accept or reject takes away only what it dropped;
 * any other change draws them all anew. Text edits map them until the next answer.
 */
export function suggestionLayerPlugin(): Plugin<SuggestionLayerState> {
  return new Plugin<SuggestionLayerState>({
    key: suggestionLayerKey,
    state: {
      init: () => EMPTY,
      apply(tr, previous) {
        const meta = suggestionLayerMeta(tr);
        const state = tr.docChanged
          ? { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) }
          : previous;
        return meta === undefined ? state : follow(tr.doc, state, meta);
      },
    },
    props: {
      decorations: (state: EditorState) => suggestionLayerKey.getState(state)?.decorations ?? null,
    },
  });
}

export function suggestionLayerMeta(tr: Transaction): SuggestionLayerMeta | undefined {
  return tr.getMeta(suggestionLayerKey) as SuggestionLayerMeta | undefined;
}

function follow(doc: ProseMirrorNode, state: SuggestionLayerState, meta: SuggestionLayerMeta): SuggestionLayerState {
  const before = state.drawnFrom;
  if (before === null || meta.positions === null || before.positions !== meta.positions) return drawAll(doc, meta);
  const focusedBefore = before.focused === null ? null : suggestionKey(before.focused);
  const focusedNow = meta.focused === null ? null : suggestionKey(meta.focused);
  let gone: Set<string>;
  if (meta.suggestions === before.suggestions) gone = new Set();
  else {
    const kept = new Set(meta.suggestions.map(suggestionKey));
    // Anything new (another answer) is drawn anew; suggestions only dropped are taken away.
    if (kept.size > before.suggestions.length) return drawAll(doc, meta);
    gone = new Set(before.suggestions.map(suggestionKey).filter((key) => !kept.has(key)));
    if (kept.size + gone.size !== before.suggestions.length) return drawAll(doc, meta);
  }
  const redrawn = new Set([focusedBefore, focusedNow].filter((key): key is string => key !== null && !gone.has(key)));
  const stale = state.decorations.find(
    undefined,
    undefined,
    (spec: SuggestionDecorationSpec) => gone.has(spec.suggestionKey) || redrawn.has(spec.suggestionKey),
  );
  const decorations = meta.suggestions
    .filter((suggestion) => redrawn.has(suggestionKey(suggestion)))
    .flatMap((suggestion) => suggestionPieces(suggestion, meta.positions, focusedNow));
  return { decorations: state.decorations.remove(stale).add(doc, decorations), drawnFrom: meta };
}

function drawAll(doc: ProseMirrorNode, meta: SuggestionLayerMeta): SuggestionLayerState {
  if (meta.positions === null) return { decorations: DecorationSet.empty, drawnFrom: meta };
  const focusedKey = meta.focused === null ? null : suggestionKey(meta.focused);
  const decorations = meta.suggestions.flatMap((suggestion) =>
    suggestionPieces(suggestion, meta.positions, focusedKey),
  );
  return { decorations: DecorationSet.create(doc, decorations), drawnFrom: meta };
}

/** A suggestion's decorations: one per block it spans. */
function suggestionPieces(
  suggestion: Suggestion,
  positions: TextPositionMap | null,
  focusedKey: string | null,
): Decoration[] {
  if (positions === null) return [];
  const key = suggestionKey(suggestion);
  const className = `sugg ann-c${suggestion.labelId}${key === focusedKey ? ' sugg-focused' : ''}`;
  const spec: SuggestionDecorationSpec = { suggestionKey: key };
  return positions
    .blockPieces(suggestion)
    .map((piece) =>
      Decoration.inline(piece.from, piece.to, { nodeName: 'span', class: className, 'data-suggestion': key }, spec),
    );
}
