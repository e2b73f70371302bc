import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import { AnnotationUi, annotationPlugins } from '../annotation/annotation-ui';
import { AnnotationImportController } from '../annotation-import/annotation-import-controller';
import { ArticleTextEditor } from '../article-edit/article-text-editor';
import { openWorkbenchCommandPalette } from '../command-palette/workbench-command-palette';
import { LibraryPanel } from '../article-list/library-panel';
import { ArticleView } from '../article-view/article-view';
import { ConfirmDialog } from '../dialogs/confirm-dialog';
import { h } from '../dom/element-builder';
import { JobProgressPanel } from '../dom/job-progress-panel';
import { MenuButton } from '../dom/menu-button';
import { ExportController } from '../export/export-controller';
import { ExportDialog } from '../export/export-dialog';
import { ImportController } from '../import/import-controller';
import { NewArticleDialog } from '../new-article/new-article-dialog';
import { ToastRegion } from '../notifications/toast-region';
import { createProjectMenu } from '../project-menu/project-menu';
import { SchemaSettingsDialog } from '../schema-settings/schema-settings-dialog';
import { SearchBox } from '../search/search-box';
import { chordLabel, isMacPlatform } from '../shortcuts/shortcut-catalog';
import { ShortcutsDialog } from '../shortcuts/shortcuts-dialog';
import { buildSidePanelTabs } from '../side-panel/side-panel-tabs';
import { StatusBarView } from '../status-bar/status-bar-view';
import { listenForGlobalShortcuts } from './global-shortcuts';
import { runMenuCommand, type MenuCommandActions } from './menu-commands';
import { listenForPastedArticles } from './paste-to-create';
import { createToolbar } from './toolbar';
import { Workbench } from './workbench';

/**
 * Builds the window (toolbar, library, article view, details, status bar, dialogs), wires user
 * intent to the Workbench, and loads the open project. The layout is:
 *
 *   ┌ toolbar (banner): actions · search · details toggle ────────┐
 *   │ library (nav) │ article view (main)      │ details (aside)   │
 *   └ status bar (contentinfo) ───────────────────────────────────┘
 *
 * Import progress floats above the status bar; the drop overlay covers the window while files
 * are dragged over it.
 */
export function startWorkbench(root: HTMLElement, api: WorkbenchApi): Workbench {
  const mac = isMacPlatform();
  const toasts = new ToastRegion();
  const status = new StatusBarView();
  const confirm = new ConfirmDialog();
  // `workbench` is created below; the callbacks only run after that, on user input.
  const article = new ArticleView({
    plugins: annotationPlugins(),
    onKeyDown: (event) => annotationUi.handleKey(event),
    onEditText: () => textEditor.toggle(),
    onTrash: (id) => void workbench.trashArticle(id),
    onCopyLink: (href) => void copyToClipboard(href, toasts),
    onLinkNotOpenable: () => toasts.info('Only web links (http, https) can be opened in the browser.'),
  });
  const library = new LibraryPanel({
    onOpen: (id) => void workbench.openArticle(id),
    onTrash: (id) => void workbench.trashArticle(id),
    onRestore: (id) => void workbench.restoreArticles([id]),
    onEmptyTrash: () => void workbench.emptyTrash(library.trashCount),
    onShowTrash: () => void workbench.loadTrash(),
  });
  const annotationUi: AnnotationUi = new AnnotationUi(
    api,
    article,
    toasts,
    {
      trackWrite: (write) => workbench.trackWrite(write),
      reportError: (error) => workbench.reportError(error),
    },
    {
      editNote: () => {
        tabs.showTab('annotation', false);
        if (!tabs.annotationInspector.focusNote())
          toasts.info('Select an annotation first: Tab moves to the next one.');
      },
      stopEditing: () => void textEditor.finish(),
      toggleEditing: () => textEditor.toggle(),
      // An edit in progress is saved first, so undo takes back whole saved steps.
      undo: () => void textEditor.save().then((saved) => (saved ? workbench.undo() : undefined)),
      redo: () => void textEditor.save().then((saved) => (saved ? workbench.redo() : undefined)),
    },
  );
  const textEditor = new ArticleTextEditor(api, article, annotationUi.session, toasts);
  const tabs = buildSidePanelTabs({
    root,
    annotationUi,
    article,
    confirm,
    notify: (message) => toasts.info(message),
    openArticle: async (id) => {
      library.setMode('articles');
      await workbench.openArticle(id);
    },
    metadata: {
      save: (id, edit) => workbench.updateArticle(id, edit),
      redecode: (id, encoding) => workbench.redecodeArticle(id, encoding),
    },
  });
  const { detailsToggle } = tabs;
  const shortcutsDialog = new ShortcutsDialog();
  const newArticleDialog = new NewArticleDialog({
    create: async (input) => {
      await workbench.createArticle(input);
    },
    reportError: (error) => workbench.reportError(error),
  });
  const projectMenu = createProjectMenu({
    newProject: () => workbench.newProject(),
    openProject: () => workbench.openProject(),
    saveProjectAs: () => workbench.saveProjectAs(),
    exportProject: () => openExport(),
    openRecent: (id) => workbench.openRecentProject(id),
    loadRecent: () => workbench.recentProjects(),
    currentDisplayPath: () => workbench.currentProject?.displayPath ?? null,
    reportError: (error) => workbench.reportError(error),
  });
  const jobProgress = new JobProgressPanel();
  const imports = new ImportController({
    api,
    toasts,
    progress: jobProgress,
    reportError: (error) => workbench.reportError(error),
    onFinished: (report) => workbench.importFinished(report),
    openArticle: (id) => {
      library.setMode('articles');
      void workbench.openArticle(id);
    },
  });
  const importMenu = new MenuButton({
    label: 'Import',
    icon: 'import',
    title: 'Import files or a folder (or drop files on the window)',
    items: [
      { label: 'Import files…', detail: 'Text, Markdown, HTML, Word, PDF', run: () => imports.importFiles() },
      {
        label: 'Import folder…',
        detail: 'Every file in a folder and its subfolders',
        run: () => imports.importFolder(),
      },
      {
        label: 'Import annotations…',
        detail: 'Bundle, brat, W3C, doccano, Label Studio',
        run: () => void annotationImports.run(),
      },
    ],
  });
  const exports = new ExportController({
    api,
    progress: jobProgress,
    reportError: (error) => workbench.reportError(error),
  });
  const exportDialog = new ExportDialog({
    formats: () => exports.formats(),
    articles: () => api.invoke('article.list'),
    openArticle: () => {
      const shown = annotationUi.session.article;
      return shown === null ? null : { id: shown.id, title: shown.title };
    },
    start: (request) => void exports.start(request),
    reportError: (error) => workbench.reportError(error),
  });
  const annotationImports = new AnnotationImportController({
    api,
    write: (action) => annotationUi.session.write(action),
    reload: async (firstArticle) => {
      const { session } = annotationUi;
      await Promise.all([session.reloadLabels(), session.reloadEntities()]).catch((error: unknown) =>
        workbench.reportError(error),
      );
      if (firstArticle !== undefined) library.setMode('articles');
      await workbench.reload(firstArticle);
      await session.reloadArticle().catch((error: unknown) => workbench.reportError(error));
    },
  });
  const searchShortcut = mac ? ['⌘', 'Shift', 'F'] : ['Ctrl', 'Shift', 'F'];
  const search = new SearchBox(
    {
      search: (query) => workbench.search(query),
      open: (hit) => void workbench.openSearchHit(hit),
    },
    { label: chordLabel(searchShortcut, mac), aria: mac ? 'Meta+Shift+F' : 'Control+Shift+F' },
  );
  const workbench: Workbench = new Workbench(api, {
    library,
    article,
    details: tabs.details,
    status,
    toasts,
    confirm,
    annotations: annotationUi.session,
    textEditor,
  });

  const closeMenus = () => {
    projectMenu.close(false);
    importMenu.close(false);
  };
  const showShortcuts = () => {
    closeMenus();
    shortcutsDialog.open();
  };
  const newArticle = () => {
    closeMenus();
    shortcutsDialog.close();
    newArticleDialog.open();
  };
  const focusSearch = () => {
    closeMenus();
    search.focus();
  };
  const openExport = () => {
    closeMenus();
    void exportDialog.show();
  };
  const importAnnotations = () => {
    closeMenus();
    void annotationImports.run();
  };
  const undo = () => void workbench.undo();
  const redo = () => void workbench.redo();
  const schemaSettings = new SchemaSettingsDialog(annotationUi.session);
  const showSchemaSettings = () => {
    closeMenus();
    schemaSettings.open();
  };
  const menuActions: MenuCommandActions = {
    newArticle,
    newProject: () => workbench.newProject(),
    openProject: () => workbench.openProject(),
    saveProjectAs: () => workbench.saveProjectAs(),
    importFiles: () => imports.importFiles(),
    importFolder: () => imports.importFolder(),
    focusSearch,
    showShortcuts,
    undo,
    redo,
    exportProject: openExport,
    importAnnotations,
  };
  const commandPalette = () => {
    closeMenus();
    void openWorkbenchCommandPalette({
      ...menuActions,
      mac,
      annotationUi,
      tabs,
      showSchemaSettings,
      notify: (message) => toasts.info(message),
      trashArticle: (id) => void workbench.trashArticle(id),
    });
  };

  const skipLink = h('a', { className: 'skip-link', attrs: { href: '#article-pane' }, text: 'Skip to article' });
  skipLink.addEventListener('click', (event) => {
    event.preventDefault();
    article.element.focus();
  });

  root.replaceChildren(
    skipLink,
    createToolbar(
      {
        importMenu: importMenu.element,
        projectMenu: projectMenu.element,
        search: search.element,
        detailsToggle: detailsToggle.button,
      },
      { newArticle, showShortcuts, showSchemaSettings },
    ),
    library.element,
    article.element,
    tabs.sidePanel.element,
    status.element,
    jobProgress.element,
    toasts.element,
    imports.drop.element,
    newArticleDialog.element,
    shortcutsDialog.element,
    imports.report.element,
    exportDialog.element,
    exports.report.element,
    annotationImports.report.element,
    confirm.element,
    ...annotationUi.elements,
    schemaSettings.element,
  );

  api.on('menu.command', (command) => runMenuCommand(command, menuActions));
  listenForGlobalShortcuts(document, { newArticle, showShortcuts, focusSearch, undo, redo, commandPalette });
  listenForPastedArticles(document, (text) => void workbench.createFromClipboard(text));

  // Last line of defence: a failure nobody caught still reaches the user instead of only the console.
  window.addEventListener('unhandledrejection', (event) => workbench.reportError(event.reason));

  void workbench.start();
  return workbench;
}

async function copyToClipboard(text: string, toasts: ToastRegion): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    toasts.info('Link address copied.');
  } catch (error) {
    console.error('Copying to the clipboard failed', error);
    toasts.error('The link address could not be copied to the clipboard.');
  }
}
