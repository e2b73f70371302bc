import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

interface GuardState {
  /** Edit mode is on. */
  readonly editing: boolean;
  /** Edit mode is on but typing waits, while the edit so far is being saved. */
  readonly held: boolean;
}

const key = new PluginKey<GuardState>('read-only-guard');

/**
 * Keeps the article text unchanged unless edit mode is on. The view is contenteditable for the
 * caret and keyboard selection, so every way the browser could change the text is stopped here:
 * typing, deleting, dropping and cutting through `beforeinput`, ProseMirror's own changes through
 * `filterTransaction`. Pasting is left to bubble to the window, where outside edit mode it creates
 * a new article, as it does anywhere else that is not a text field.
 */
export function readOnlyGuard(): Plugin<GuardState> {
  return new Plugin<GuardState>({
    key,
    state: {
      init: () => ({ editing: false, held: false }),
      apply: (tr, state) => ({ ...state, ...(tr.getMeta(key) as Partial<GuardState> | undefined) }),
    },
    filterTransaction: (tr, state) => !tr.docChanged || acceptsChanges(state),
    props: {
      handleDOMEvents: {
        beforeinput: (view, event) => refuse(view, event),
        // Returning true keeps ProseMirror out of it; the event still reaches paste-to-create.
        paste: (view) => !acceptsChanges(view.state),
        cut: (view, event) => refuse(view, event),
        drop: (view, event) => refuse(view, event),
      },
    },
  });
}

function acceptsChanges(state: EditorState): boolean {
  const guard = key.getState(state);
  return guard !== undefined && guard.editing && !guard.held;
}

function refuse(view: EditorView, event: Event): boolean {
  if (acceptsChanges(view.state)) return false;
  event.preventDefault();
  return true;
}

export function isEditing(state: EditorState): boolean {
  return key.getState(state)?.editing ?? false;
}

export function setEditing(view: EditorView, editing: boolean): void {
  view.dispatch(view.state.tr.setMeta(key, { editing, held: false } satisfies GuardState));
}

/** Holds typing (true) while a save is in flight, then lets it go on (false). */
export function holdEdits(view: EditorView, held: boolean): void {
  view.dispatch(view.state.tr.setMeta(key, { held } satisfies Partial<GuardState>));
}
