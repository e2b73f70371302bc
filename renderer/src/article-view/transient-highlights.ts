import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { DocRange } from './text-position-map';

/**
 * Short-lived decorations the view itself draws, as opposed to anything stored: the flash over a
 * search hit that was just revealed, and the anchor the link menu is positioned against (CSS
 * anchor positioning needs an element with `anchor-name`, and only a decoration can add a class
 * to text that ProseMirror renders). Both are cleared by a new article, as they live in its state.
 */
export type TransientKind = 'flash' | 'link-anchor';

type Ranges = Readonly<Record<TransientKind, DocRange | null>>;

const CLASS_FOR: Readonly<Record<TransientKind, string>> = {
  flash: 'search-flash',
  'link-anchor': 'link-menu-anchor',
};

const key = new PluginKey<Ranges>('transient-highlights');

interface SetRange {
  kind: TransientKind;
  range: DocRange | null;
}

export function transientHighlights(): Plugin<Ranges> {
  return new Plugin<Ranges>({
    key,
    state: {
      init: () => ({ flash: null, 'link-anchor': null }),
      apply(tr, ranges) {
        const set = tr.getMeta(key) as SetRange | undefined;
        const mapped = Object.fromEntries(
          Object.entries(ranges).map(([kind, range]) => [
            kind,
            range === null || !tr.docChanged
              ? range
              : { from: tr.mapping.map(range.from, 1), to: tr.mapping.map(range.to, -1) },
          ]),
        ) as Record<TransientKind, DocRange | null>;
        if (set !== undefined) mapped[set.kind] = set.range;
        return mapped;
      },
    },
    props: {
      decorations(state: EditorState) {
        const ranges = key.getState(state);
        if (ranges === undefined) return null;
        const decorations = (Object.keys(CLASS_FOR) as TransientKind[]).flatMap((kind) => {
          const range = ranges[kind];
          return range === null || range.to <= range.from
            ? []
            : [Decoration.inline(range.from, range.to, { class: CLASS_FOR[kind] })];
        });
        return decorations.length === 0 ? null : DecorationSet.create(state.doc, decorations);
      },
    },
  });
}

export function setTransientRange(view: EditorView, kind: TransientKind, range: DocRange | null): void {
  view.dispatch(view.state.tr.setMeta(key, { kind, range } satisfies SetRange));
}

export function transientRange(state: EditorState, kind: TransientKind): DocRange | null {
  return key.getState(state)?.[kind] ?? null;
}
