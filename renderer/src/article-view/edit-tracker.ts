import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Mapping } from 'prosemirror-transform';

const key = new PluginKey<Mapping>('edit-tracker');

/**
 * Collects the position mapping of every text change since the article was last saved, so the
 * edit can be turned back into changes of the stored text (article-edit/) and decorations follow.
 */
export function editTracker(): Plugin<Mapping> {
  return new Plugin<Mapping>({
    key,
    state: {
      init: () => new Mapping(),
      apply: (tr, mapping) => {
        if (tr.getMeta(key) === 'saved') return new Mapping();
        return tr.docChanged ? new Mapping([...mapping.maps, ...tr.mapping.maps]) : mapping;
      },
    },
  });
}

/** The mapping from the last saved document to the current one. */
export function editsSinceSave(state: EditorState): Mapping {
  return key.getState(state) ?? new Mapping();
}

export const EDIT_TRACKER_SAVED_META = { key, value: 'saved' } as const;
