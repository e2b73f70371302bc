import type { ArticleId } from '../../../shared/model/article';
import type { AnnotationUi } from '../annotation/annotation-ui';
import type { SidePanelTabs } from '../side-panel/side-panel-tabs';
import type { MenuCommandActions } from '../workbench/menu-commands';
import { openCommandPalette, sidePanelTabsOf } from './command-palette';
import { buildCommands } from './commands';

/** What the window's command palette acts on: the menu's commands and the parts it reaches into. */
export interface WorkbenchPaletteContext extends MenuCommandActions {
  readonly mac: boolean;
  readonly annotationUi: Pick<AnnotationUi, 'actions' | 'session' | 'picker'>;
  readonly tabs: Pick<SidePanelTabs, 'sidePanel' | 'detailsToggle' | 'showTab'>;
  showSchemaSettings(): void;
  notify(message: string): void;
  trashArticle(id: ArticleId): void;
}

/** Opens the command palette (Ctrl/⌘+Shift+P) on every action of the window. */
export function openWorkbenchCommandPalette(context: WorkbenchPaletteContext): Promise<void> {
  const { annotationUi, tabs } = context;
  const { actions, session } = annotationUi;
  const commands = buildCommands({
    mac: context.mac,
    annotation: actions,
    spanLabels: () => session.spanLabels,
    deselect: () => {
      actions.clearPending();
      session.select(null);
    },
    undo: () => context.undo(),
    redo: () => context.redo(),
    newArticle: () => context.newArticle(),
    importFiles: () => context.importFiles(),
    importFolder: () => context.importFolder(),
    focusSearch: () => context.focusSearch(),
    showShortcuts: () => context.showShortcuts(),
    showSchemaSettings: () => context.showSchemaSettings(),
    toggleDetails: () => tabs.detailsToggle.set(!tabs.detailsToggle.isOpen, true),
    sidePanelTabs: () => sidePanelTabsOf(tabs.sidePanel.element),
    showSidePanelTab: (id) => tabs.showTab(id, true),
    newProject: () => context.newProject(),
    openProject: () => context.openProject(),
    saveProjectAs: () => context.saveProjectAs(),
    exportProject: () => context.exportProject(),
    importAnnotations: () => context.importAnnotations(),
    trashArticle: () => {
      const shown = session.article;
      if (shown === null) context.notify('Open an article first.');
      else context.trashArticle(shown.id);
    },
  });
  return openCommandPalette(annotationUi.picker, commands);
}
