import type { MenuCommand } from '../../../shared/ipc/contract';
import { belongsToTextEntry } from './text-entry-focus';

export interface MenuCommandActions {
  newArticle(): void;
  newProject(): void;
  openProject(): void;
  saveProjectAs(): void;
  importFiles(): void;
  importFolder(): void;
  focusSearch(): void;
  showShortcuts(): void;
  /** Undoes the last move to the trash or annotation action. */
  undo(): void;
  redo(): void;
  exportProject(): void;
  importAnnotations(): void;
}

/**
 * Runs a command sent by the native menu (`menu.command`). The switch is exhaustive over
 * MenuCommand, so adding a menu entry in shared/ fails to compile until it is handled here.
 */
export function runMenuCommand(command: MenuCommand, actions: MenuCommandActions): void {
  switch (command) {
    case 'new-article':
      return actions.newArticle();
    case 'new-project':
      return actions.newProject();
    case 'open-project':
      return actions.openProject();
    case 'save-project-as':
      return actions.saveProjectAs();
    case 'import':
      return actions.importFiles();
    case 'import-folder':
      return actions.importFolder();
    case 'search':
      return actions.focusSearch();
    case 'show-shortcuts':
      return actions.showShortcuts();
    case 'undo':
    case 'redo':
      // Text fields (the New article dialog) already have their own undo stack; use it.
      if (belongsToTextEntry(document.activeElement)) {
        document.execCommand(command);
        return;
      }
      return command === 'undo' ? actions.undo() : actions.redo();
    case 'export':
      return actions.exportProject();
    case 'import-annotations':
      return actions.importAnnotations();
    default: {
      const unknown: never = command;
      console.warn('Ignoring an unknown menu command', unknown);
    }
  }
}
