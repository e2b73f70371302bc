import { registerAnnotationCommands } from '../annotation/annotation-commands';
import { askForAnnotator } from '../annotators/annotator-prompt';
import { catalogCommand } from '../commands/command';
import { openCommandPalette } from '../command-palette/command-palette';
import { reviewCommands } from '../review/review-commands';
import { showReviewStatusInStatusBar } from '../review/review-status-bar';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import { suggestionCommands } from '../suggestions/suggestion-commands';
import { layerCommands } from '../layers/layer-commands';
import type { ArticleEditor } from './article-editor';
import { historyCommands } from './history-commands';
import type { WindowServices } from './window-services';
import type { WindowViews } from './window-views';
import type { Workbench } from './workbench';
import { workbenchCommands } from './workbench-commands';

/** Registers every command of the window, once everything they act on exists. */
export function registerWindowCommands(
  services: WindowServices,
  editor: ArticleEditor,
  workbench: Workbench,
  views: WindowViews,
): Disposable {
  const { commands, toasts, mac } = services;
  const { article, annotationUi, suggestionUi, layersUi, textEditor } = editor;
  const { sidePanel, shortcutsDialog, jobs } = views;
  const store = new DisposableStore();
  store.add(
    registerAnnotationCommands(commands, {
      actions: annotationUi.actions,
      session: annotationUi.session,
      editNote: () => {
        sidePanel.show('annotation', false);
        if (!views.tabs.annotationInspector.focusNote()) {
          toasts.info('Select an annotation first: Tab moves to the next one.');
        }
      },
      hasTextSelection: () => document.getSelection()?.isCollapsed === false,
    }),
  );
  const history = historyCommands({
    saveTextEdit: () => textEditor.save(),
    undo: () => workbench.undo(),
    redo: () => workbench.redo(),
    textEntryFocused: () => services.contextKeys.holds('textEntryFocused'),
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- nothing replaces it for the native undo history of a text field.
    nativeEdit: (command) => document.execCommand(command),
  });
  const others = workbenchCommands({
    closeMenus: () => {
      views.projectMenu.close(false);
      views.importMenu.close(false);
    },
    newArticle: () => {
      shortcutsDialog.close();
      views.newArticleDialog.open();
    },
    importFiles: () => jobs.imports.importFiles(),
    importFolder: () => jobs.imports.importFolder(),
    importAnnotations: () => jobs.annotationImports.run(),
    focusSearch: () => views.search.focus(),
    shownArticle: () => article.articleId,
    trashArticle: (id) => workbench.trashArticle(id, views.library.neighbourOf(id)),
    notify: (message) => toasts.info(message),
    startEditingText: () => textEditor.start(),
    finishEditingText: () => textEditor.finish(),
    showSchemaSettings: () => views.schemaSettings.open(),
    showSuggestionSources: () => void views.suggestionSources.open(),
    showShortcuts: () => shortcutsDialog.open(),
    toggleDetails: () => sidePanel.setOpen(!sidePanel.isOpen, true),
    showCommandPalette: () => openCommandPalette(annotationUi.picker, commands, mac),
    newProject: () => workbench.newProject(),
    openProject: () => workbench.openProject(),
    saveProjectAs: () => workbench.saveProjectAs(),
    checkProject: () => views.integrity.check(),
    showExport: () => jobs.exportDialog.show(),
    toggleAnalysis: () => views.analysis.area.toggle(),
  });
  const team = [
    catalogCommand('set-annotator', () => askForAnnotator(services.api, views.annotatorDialog, false)),
    ...reviewCommands(views.review),
    ...layerCommands({
      display: layersUi.display,
      hasLayers: () => layersUi.hasLayers,
      importLayer: () => layersUi.importLayer(),
      notify: (message) => toasts.info(message),
    }),
  ];
  for (const command of [...history, ...others, ...suggestionCommands(suggestionUi), ...team]) {
    store.add(commands.register(command));
  }
  store.add(showReviewStatusInStatusBar(annotationUi.session.model, services.status));
  return store;
}
