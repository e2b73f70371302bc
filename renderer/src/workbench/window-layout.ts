import { h } from '../dom/element-builder';
import type { ArticleEditor } from './article-editor';
import { createToolbar } from './toolbar';
import type { WindowServices } from './window-services';
import type { WindowViews } from './window-views';

/**
 * Puts the window together:
 *
 *   ┌ toolbar (banner): actions · search · details toggle ────────┐
 *   │ library (nav) │ article view (main)      │ details (aside)   │
 *                   (beside it a colleague's layer, side by side)
 *                   or the Analysis area in its place
 *   └ status bar (contentinfo) ───────────────────────────────────┘
 *
 * Import progress floats above the status bar; the drop overlay covers the window while files
 * are dragged over it; the dialogs follow. The toolbar reads the commands' keys, so this comes
 * after they are registered.
 */
export function mountWindow(
  root: HTMLElement,
  services: WindowServices,
  editor: ArticleEditor,
  views: WindowViews,
): void {
  const { article, annotationUi, suggestionUi, layersUi } = editor;
  const { jobs } = views;
  const skipLink = h('a', { className: 'skip-link', attrs: { href: '#article-pane' }, text: 'Skip to article' });
  skipLink.addEventListener('click', (event) => {
    event.preventDefault();
    article.element.focus();
  });
  root.replaceChildren(
    skipLink,
    createToolbar(
      {
        importMenu: views.importMenu.element,
        projectMenu: views.projectMenu.element,
        search: views.search.element,
        detailsToggle: views.detailsToggle.button,
      },
      services.commands,
      services.mac,
    ),
    views.library.element,
    article.element,
    layersUi.comparePane.element,
    views.analysis.area.element,
    views.sidePanel.element,
    services.status.element,
    services.jobProgress.element,
    services.toasts.element,
    jobs.imports.drop.element,
    views.newArticleDialog.element,
    views.shortcutsDialog.element,
    views.annotatorDialog.element,
    jobs.imports.report.element,
    jobs.exportDialog.element,
    jobs.exports.report.element,
    jobs.annotationImports.report.element,
    services.confirm.element,
    ...annotationUi.elements,
    ...suggestionUi.elements,
    ...layersUi.elements,
    views.schemaSettings.element,
    views.suggestionSources.element,
  );
}
