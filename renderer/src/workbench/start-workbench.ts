import type { WorkbenchApi } from '../../../shared/ipc/workbench-api';
import { ArticleListView } from '../article-list/article-list-view';
import { ArticleView } from '../article-view/article-view';
import { h } from '../dom/element-builder';
import { NewArticleDialog } from '../new-article/new-article-dialog';
import { ToastRegion } from '../notifications/toast-region';
import { ProjectMenu } from '../project-menu/project-menu';
import { ShortcutsDialog } from '../shortcuts/shortcuts-dialog';
import { StatusBarView } from '../status-bar/status-bar-view';
import { listenForGlobalShortcuts } from './global-shortcuts';
import { runMenuCommand } from './menu-commands';
import { listenForPastedArticles } from './paste-to-create';
import { createToolbar } from './toolbar';
import { Workbench } from './workbench';

/**
 * Builds the window (toolbar, article list, article view, status bar, dialogs), wires user intent
 * to the Workbench, and loads the open project. The layout is:
 *
 *   ┌ toolbar (banner) ───────────────────────────┐
 *   │ article list (nav) │ article view (main)    │
 *   └ status bar (contentinfo) ───────────────────┘
 */
export function startWorkbench(root: HTMLElement, api: WorkbenchApi): Workbench {
  const toasts = new ToastRegion();
  const status = new StatusBarView();
  const article = new ArticleView();
  // `workbench` is created below; the callbacks only run after that, on user input.
  const list = new ArticleListView({ onOpen: (id) => void workbench.openArticle(id) });
  const shortcutsDialog = new ShortcutsDialog();
  const newArticleDialog = new NewArticleDialog({
    create: async (input) => {
      await workbench.createArticle(input);
    },
    reportError: (error) => workbench.reportError(error),
  });
  const projectMenu = new ProjectMenu({
    newProject: () => workbench.newProject(),
    openProject: () => workbench.openProject(),
    saveProjectAs: () => workbench.saveProjectAs(),
    openRecent: (id) => workbench.openRecentProject(id),
    loadRecent: () => workbench.recentProjects(),
    currentDisplayPath: () => workbench.currentProject?.displayPath ?? null,
    reportError: (error) => workbench.reportError(error),
  });
  const workbench = new Workbench(api, { list, article, status, toasts });

  const showShortcuts = () => {
    projectMenu.close(false);
    shortcutsDialog.open();
  };
  const newArticle = () => {
    projectMenu.close(false);
    shortcutsDialog.close();
    newArticleDialog.open();
  };

  const skipLink = h('a', { className: 'skip-link', attrs: { href: '#article-pane' }, text: 'Skip to article' });
  skipLink.addEventListener('click', (event) => {
    event.preventDefault();
    article.element.focus();
  });

  root.replaceChildren(
    skipLink,
    createToolbar(projectMenu.element, { newArticle, showShortcuts }),
    list.element,
    article.element,
    status.element,
    toasts.element,
    newArticleDialog.element,
    shortcutsDialog.element,
  );

  api.on('menu.command', (command) =>
    runMenuCommand(command, {
      newArticle,
      newProject: () => workbench.newProject(),
      openProject: () => workbench.openProject(),
      saveProjectAs: () => workbench.saveProjectAs(),
      showShortcuts,
      comingSoon: (feature) => toasts.info(`${feature} is coming soon.`),
    }),
  );
  listenForGlobalShortcuts(document, { newArticle, showShortcuts });
  listenForPastedArticles(document, (text) => void workbench.createFromClipboard(text));

  // Last line of defence: a failure nobody caught still reaches the user instead of only the console.
  window.addEventListener('unhandledrejection', (event) => workbench.reportError(event.reason));

  void workbench.start();
  return workbench;
}
