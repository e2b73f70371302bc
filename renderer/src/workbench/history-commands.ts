import { catalogCommand, type Command, type CommandInvocation } from '../commands/command';

export interface HistoryCommandDeps {
  /** Saves an edit of the article text in progress; false if that failed (nothing is undone then). */
  saveTextEdit(): Promise<boolean>;
  /** Undoes the last move to the trash (while its notice shows) or the last step of the project's history. */
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** A text field has focus. */
  textEntryFocused(): boolean;
  /** The browser's own undo or redo in the focused text field. */
  nativeEdit(command: 'undo' | 'redo'): void;
}

/**
 * Undo and Redo. An edit of the article text in progress is saved first, so they take back whole
 * saved steps. Edit › Undo in the menu while a text field has focus is meant for that field, which
 * keeps its own undo.
 */
export function historyCommands(deps: HistoryCommandDeps): Command[] {
  const step = (command: 'undo' | 'redo') => async (invocation: CommandInvocation) => {
    if (invocation.source === 'menu' && deps.textEntryFocused()) {
      deps.nativeEdit(command);
      return;
    }
    if (await deps.saveTextEdit()) await deps[command]();
  };
  return [catalogCommand('undo', step('undo')), catalogCommand('redo', step('redo'))];
}
