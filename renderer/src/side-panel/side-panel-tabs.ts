import type { ArticleId } from '../../../shared/model/article';
import type { AnnotationUi } from '../annotation/annotation-ui';
import { AnnotationInspector } from '../annotation-inspector/annotation-inspector';
import { AnnotationListView } from '../annotation-list/annotation-list-view';
import type { ArticleView } from '../article-view/article-view';
import type { ConfirmDialog } from '../dialogs/confirm-dialog';
import { annotationLoaded } from '../entity-panel/annotation-loaded';
import { EntityPanel } from '../entity-panel/entity-panel';
import { MetadataPanel, type MetadataPanelCallbacks } from '../metadata/metadata-panel';
import { DetailsToggle } from '../workbench/details-toggle';
import { SidePanel } from './side-panel';

export interface SidePanelDependencies {
  /** The window's root, whose layout the details toggle opens and closes the panel in. */
  readonly root: HTMLElement;
  readonly annotationUi: Pick<AnnotationUi, 'session' | 'actions' | 'picker'>;
  readonly article: Pick<ArticleView, 'selectedTextRange' | 'focusText'>;
  readonly confirm: ConfirmDialog;
  notify(message: string): void;
  /** Opens an article in the article list (not the trash), for an entity's mention. */
  openArticle(id: ArticleId): Promise<void>;
  /** The Article tab's metadata edits. */
  readonly metadata: MetadataPanelCallbacks;
}

export interface SidePanelTabs {
  readonly sidePanel: SidePanel;
  readonly detailsToggle: DetailsToggle;
  readonly annotationInspector: AnnotationInspector;
  /** The Article tab: the open article's metadata. */
  readonly details: MetadataPanel;
  /** Opens the panel (if closed) on a tab; `focus` moves focus to the tab. */
  showTab(id: string, focus: boolean): void;
}

/**
 * The side panel (details, on the right) with its four tabs: the selected annotation's inspector,
 * the article's annotation list, the entity registry and the article's metadata; and the toolbar
 * toggle that shows or hides it.
 */
export function buildSidePanelTabs(deps: SidePanelDependencies): SidePanelTabs {
  const { annotationUi, article } = deps;
  const showTab = (id: string, focus: boolean) => {
    detailsToggle.set(true, false);
    sidePanel.show(id, focus);
  };
  const annotationInspector = new AnnotationInspector({
    session: annotationUi.session,
    actions: annotationUi.actions,
    picker: annotationUi.picker,
    showEntity: (id) => entityPanel.showEntity(id),
    selectedTextRange: () => article.selectedTextRange(),
    notify: (message) => deps.notify(message),
    focusArticle: () => article.focusText(),
  });
  const annotationList = new AnnotationListView(annotationUi.session, {
    reveal: (id) => annotationUi.actions.reveal(id),
    focusArticle: () => article.focusText(),
  });
  const entityPanel: EntityPanel = new EntityPanel({
    session: annotationUi.session,
    picker: annotationUi.picker,
    confirm: deps.confirm,
    openMention: async (articleId, annotationId) => {
      await deps.openArticle(articleId);
      // Opening returns early when the article was already loading; its annotations may still be on the way.
      if (annotationUi.session.article?.id !== articleId) return;
      if (await annotationLoaded(annotationUi.session, annotationId)) annotationUi.actions.reveal(annotationId);
    },
    showTab: () => showTab('entities', false),
  });
  const details = new MetadataPanel(deps.metadata);
  const sidePanel = new SidePanel(
    [
      { id: 'annotation', title: 'Annotation', element: annotationInspector.element },
      { id: 'annotations', title: 'Annotations', element: annotationList.element },
      { id: 'entities', title: 'Entities', element: entityPanel.element },
      { id: 'article', title: 'Article', element: details.element },
    ],
    () => detailsToggle.set(false, true),
  );
  const detailsToggle = new DetailsToggle(deps.root, sidePanel.element);
  return { sidePanel, detailsToggle, annotationInspector, details, showTab };
}
