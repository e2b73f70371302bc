import { AnnotationUi, annotationPlugins } from '../annotation/annotation-ui';
import { ArticleTextEditor } from '../article-edit/article-text-editor';
import { ArticleView } from '../article-view/article-view';
import { layerMarksPlugin } from '../layers/layer-marks-plugin';
import { LayersUi } from '../layers/layers-ui';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import { RelationArcs } from '../relation-arcs/relation-arcs';
import { suggestionLayerPlugin } from '../suggestions/suggestion-layer-plugin';
import { SuggestionUi } from '../suggestions/suggestion-ui';
import type { WindowServices } from './window-services';

/** The article pane as an annotation editor: the view, the annotation layer and text editing. */
export interface ArticleEditor extends Disposable {
  readonly article: ArticleView;
  readonly annotationUi: AnnotationUi;
  readonly suggestionUi: SuggestionUi;
  readonly layersUi: LayersUi;
  readonly textEditor: ArticleTextEditor;
}

export function createArticleEditor(services: WindowServices): ArticleEditor {
  const { api, toasts, commands, contextKeys } = services;
  const store = new DisposableStore();
  const article = store.add(
    new ArticleView({
      plugins: [...annotationPlugins(), suggestionLayerPlugin(), layerMarksPlugin()],
      commands,
      onCopyLink: (href) => void copyToClipboard(href, toasts),
      onLinkNotOpenable: () => toasts.info('Only web links (http, https) can be opened in the browser.'),
    }),
  );
  const annotationUi = store.add(
    new AnnotationUi(api, article, toasts, {
      trackWrite: (write) => services.saves.track(write),
      reportError: services.reportError,
    }),
  );
  const suggestionUi = store.add(new SuggestionUi(annotationUi, article, toasts, services.reportError));
  const layersUi = store.add(
    new LayersUi({
      session: annotationUi.session,
      article,
      confirm: services.confirm,
      notify: (message) => toasts.info(message),
      reportError: services.reportError,
    }),
  );
  store.add(new RelationArcs(annotationUi.session.model, article));
  const textEditor = store.add(new ArticleTextEditor(api, article, annotationUi.session, toasts));
  store.add(contextKeys.define('editingText', () => article.editing));
  store.add(contextKeys.define('annotationSelected', () => annotationUi.session.model.selectedId !== null));
  return { article, annotationUi, suggestionUi, layersUi, textEditor, dispose: () => store.dispose() };
}

async function copyToClipboard(text: string, toasts: WindowServices['toasts']): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    toasts.info('Link address copied.');
  } catch (error) {
    console.error('Copying to the clipboard failed', error);
    toasts.error('The link address could not be copied to the clipboard.');
  }
}
