import { belongsToTextEntry, isModalOpen } from './text-entry-focus';

export interface GlobalShortcutActions {
  newArticle(): void;
  showShortcuts(): void;
}

/**
 * Window-wide keys (listed in shortcut-catalog.ts). Project commands are deliberately not bound
 * here: in Electron the native menu owns their accelerators, and binding them twice would open two
 * file dialogs. "New article" is safe to bind twice because opening the dialog is idempotent.
 */
export function listenForGlobalShortcuts(target: Document, actions: GlobalShortcutActions): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || isModalOpen()) return;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'n') {
      event.preventDefault();
      actions.newArticle();
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
