import { belongsToTextEntry, isModalOpen } from './text-entry-focus';

export interface GlobalShortcutActions {
  newArticle(): void;
  showShortcuts(): void;
  focusSearch(): void;
  /** Undoes the last move to the trash or annotation action. */
  undo(): void;
  redo(): void;
  commandPalette(): void;
}

/**
 * Window-wide keys (listed in shortcut-catalog.ts). Project and import commands are deliberately
 * not bound here: in Electron the native menu owns their accelerators, and binding them twice would
 * open two file dialogs. "New article" and "Search" are safe to bind twice because opening the
 * dialog and focusing the field are idempotent.
 *
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (also Ctrl+Y) undo and redo outside text fields, which keep their
 * own undo. The Edit menu shows the same keys without registering them, so one press is one step.
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
    if (mod && !event.altKey && event.shiftKey && key === 'p') {
      event.preventDefault();
      actions.commandPalette();
      return;
    }
    if (mod && !event.altKey && (key === 'z' || key === 'y') && !belongsToTextEntry(event.target)) {
      event.preventDefault();
      if (key === 'z' && !event.shiftKey) actions.undo();
      else actions.redo();
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
