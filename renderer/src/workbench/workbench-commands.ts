import type { ArticleId } from '../../../shared/model/article';
import { catalogCommand, type Command } from '../commands/command';

/** What the window's commands (other than annotating and undo) act on. */
export interface WorkbenchCommandDeps {
  /** Closes the toolbar's menus, for commands that open something else. */
  closeMenus(): void;
  newArticle(): void;
  importFiles(): void;
  importFolder(): void;
  importAnnotations(): Promise<void>;
  focusSearch(): void;
  /** The article on screen, if any. */
  shownArticle(): ArticleId | null;
  trashArticle(id: ArticleId): Promise<void>;
  notify(message: string): void;
  startEditingText(): void;
  finishEditingText(): Promise<boolean>;
  showSchemaSettings(): void;
  showSuggestionSources(): void;
  showShortcuts(): void;
  toggleDetails(): void;
  showCommandPalette(): Promise<void>;
  newProject(): void;
  openProject(): void;
  saveProjectAs(): void;
  checkProject(): Promise<void>;
  showExport(): Promise<void>;
  /** Puts the Analysis area in the article's place, or the article back. */
  toggleAnalysis(): void;
}

/** The article, view and project commands of the catalog. */
export function workbenchCommands(deps: WorkbenchCommandDeps): Command[] {
  /** Runs an action that opens a dialog or moves focus, once the toolbar's menus are closed. */
  const afterMenus =
    <T>(action: () => T) =>
    () => {
      deps.closeMenus();
      return action();
    };
  return [
    catalogCommand(
      'new-article',
      afterMenus(() => deps.newArticle()),
    ),
    catalogCommand('import', () => deps.importFiles()),
    catalogCommand('import-folder', () => deps.importFolder()),
    catalogCommand(
      'import-annotations',
      afterMenus(() => deps.importAnnotations()),
    ),
    catalogCommand(
      'search',
      afterMenus(() => deps.focusSearch()),
    ),
    catalogCommand('trash-article', () => {
      const shown = deps.shownArticle();
      if (shown !== null) return deps.trashArticle(shown);
      deps.notify('Open an article first.');
      return undefined;
    }),
    catalogCommand('edit-text', () => deps.startEditingText()),
    catalogCommand('finish-editing', () => deps.finishEditingText()),
    catalogCommand(
      'annotation-schema',
      afterMenus(() => deps.showSchemaSettings()),
    ),
    catalogCommand(
      'suggestion-sources',
      afterMenus(() => deps.showSuggestionSources()),
    ),
    catalogCommand(
      'show-shortcuts',
      afterMenus(() => deps.showShortcuts()),
    ),
    catalogCommand('toggle-details', () => deps.toggleDetails()),
    catalogCommand(
      'command-palette',
      afterMenus(() => deps.showCommandPalette()),
    ),
    catalogCommand('new-project', () => deps.newProject()),
    catalogCommand('open-project', () => deps.openProject()),
    catalogCommand('save-project-as', () => deps.saveProjectAs()),
    catalogCommand('check-project', () => deps.checkProject()),
    catalogCommand(
      'export',
      afterMenus(() => deps.showExport()),
    ),
    catalogCommand('show-analysis', () => deps.toggleAnalysis()),
  ];
}
