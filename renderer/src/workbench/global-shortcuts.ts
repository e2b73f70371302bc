import { belongsToTextEntry, isModalOpen } from './text-entry-focus';

export interface GlobalShortcutActions {
  newArticle(): void;
  showShortcuts(): void;
  focusSearch(): void;
  /** Undoes the last move to the trash; false if there is none (the key is then left alone). */
  undoTrash(): boolean;
}

/**
 * Window-wide keys (listed in shortcut-catalog.ts). Project and import commands are deliberately
 * not bound here: in Electron the native menu owns their accelerators, and binding them twice would
 * open two file dialogs. "New article" and "Search" are safe to bind twice because opening the
 * dialog and focusing the field are idempotent.
 *
 * Ctrl/Cmd+Z is only taken when there is a move to the trash to undo; otherwise it goes on to the
 * menu (and to text fields, which are never intercepted).
 */
export function listenForGlobalShortcuts(target: Document, actions: GlobalShortcutActions): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || isModalOpen()) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && !event.altKey && !event.shiftKey && key === 'n') {
      event.preventDefault();
      actions.newArticle();
      return;
    }
    if (mod && !event.altKey && event.shiftKey && key === 'f') {
      event.preventDefault();
      actions.focusSearch();
      return;
    }
    if (mod && !event.altKey && !event.shiftKey && key === 'z' && !belongsToTextEntry(event.target)) {
      if (actions.undoTrash()) event.preventDefault();
      return;
    }
    if (event.key === 'F1' || (event.key === '?' && !mod && !event.altKey && !belongsToTextEntry(event.target))) {
      event.preventDefault();
      actions.showShortcuts();
    }
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
