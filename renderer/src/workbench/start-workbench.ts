import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import { LibraryPanel } from '../article-list/library-panel';
import { ArticleView } from '../article-view/article-view';
import { ConfirmDialog } from '../dialogs/confirm-dialog';
import { h } from '../dom/element-builder';
import { MenuButton } from '../dom/menu-button';
import { ImportController } from '../import/import-controller';
import { MetadataPanel } from '../metadata/metadata-panel';
import { NewArticleDialog } from '../new-article/new-article-dialog';
import { ToastRegion } from '../notifications/toast-region';
import { createProjectMenu } from '../project-menu/project-menu';
import { SearchBox } from '../search/search-box';
import { chordLabel, isMacPlatform } from '../shortcuts/shortcut-catalog';
import { ShortcutsDialog } from '../shortcuts/shortcuts-dialog';
import { StatusBarView } from '../status-bar/status-bar-view';
import { DetailsToggle } from './details-toggle';
import { listenForGlobalShortcuts } from './global-shortcuts';
import { runMenuCommand } from './menu-commands';
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
  const details: MetadataPanel = new MetadataPanel({
    save: (id, edit) => workbench.updateArticle(id, edit),
    redecode: (id, encoding) => workbench.redecodeArticle(id, encoding),
    onClose: () => detailsToggle.set(false, true),
  });
  const detailsToggle = new DetailsToggle(root, details.element);
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
    openRecent: (id) => workbench.openRecentProject(id),
    loadRecent: () => workbench.recentProjects(),
    currentDisplayPath: () => workbench.currentProject?.displayPath ?? null,
    reportError: (error) => workbench.reportError(error),
  });
  const imports = new ImportController({
    api,
    toasts,
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
    ],
  });
  const searchShortcut = mac ? ['⌘', 'Shift', 'F'] : ['Ctrl', 'Shift', 'F'];
  const search = new SearchBox(
    {
      search: (query) => workbench.search(query),
      open: (hit) => void workbench.openSearchHit(hit),
    },
    { label: chordLabel(searchShortcut, mac), aria: mac ? 'Meta+Shift+F' : 'Control+Shift+F' },
  );
  const workbench: Workbench = new Workbench(api, { library, article, details, status, toasts, confirm });

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
  const undoTrash = () => workbench.undoTrash();

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
      { newArticle, showShortcuts },
    ),
    library.element,
    article.element,
    details.element,
    status.element,
    imports.progress.element,
    toasts.element,
    imports.drop.element,
    newArticleDialog.element,
    shortcutsDialog.element,
    imports.report.element,
    confirm.element,
  );

  api.on('menu.command', (command) =>
    runMenuCommand(command, {
      newArticle,
      newProject: () => workbench.newProject(),
      openProject: () => workbench.openProject(),
      saveProjectAs: () => workbench.saveProjectAs(),
      importFiles: () => imports.importFiles(),
      importFolder: () => imports.importFolder(),
      focusSearch,
      showShortcuts,
      undoTrash,
      comingSoon: (feature) => toasts.info(`${feature} is coming soon.`),
    }),
  );
  listenForGlobalShortcuts(document, { newArticle, showShortcuts, focusSearch, undoTrash });
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
