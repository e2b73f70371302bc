import type { EntityId } from '../../../shared/model/annotation';
import type { ArticleId } from '../../../shared/model/article';
import type { AnnotationUi } from '../annotation/annotation-ui';
import { ANNOTATION_TAB, AnnotationInspector } from '../annotation-inspector/annotation-inspector';
import { ANNOTATION_LIST_TAB, AnnotationListView } from '../annotation-list/annotation-list-view';
import type { ArticleView } from '../article-view/article-view';
import type { CommandRegistry } from '../commands/command-registry';
import type { ConfirmDialog } from '../dialogs/confirm-dialog';
import { annotationLoaded } from '../entity-panel/annotation-loaded';
import { ENTITIES_TAB, EntityPanel } from '../entity-panel/entity-panel';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import type { Listen } from '../lifecycle/emitter';
import { ARTICLE_TAB, MetadataPanel, type MetadataPanelCallbacks } from '../metadata/metadata-panel';
import type { WorkbenchChange } from '../model/workbench-change';
import type { SidePanel, SidePanelTab } from '../side-panel/side-panel';
import { SUGGESTIONS_TAB, SuggestionPanel } from '../suggestions/suggestion-panel';
import type { SuggestionUi } from '../suggestions/suggestion-ui';
import { LAYERS_TAB, LayerPanel } from '../layers/layer-panel';
import type { LayersUi } from '../layers/layers-ui';

export interface SidePanelTabDeps {
  readonly panel: SidePanel;
  readonly commands: CommandRegistry;
  readonly annotationUi: Pick<AnnotationUi, 'session' | 'actions' | 'picker'>;
  readonly suggestionUi: Pick<SuggestionUi, 'state' | 'actions' | 'corpus' | 'showRejections'>;
  readonly layersUi: Pick<LayersUi, 'display' | 'importLayer' | 'rename' | 'remove' | 'onDidImport'>;
  readonly article: Pick<ArticleView, 'selectedTextRange' | 'focusText'>;
  readonly confirm: ConfirmDialog;
  notify(message: string): void;
  /** Opens an article in the article list (not the trash), for an entity's mention. */
  openArticle(id: ArticleId): Promise<void>;
  /** The Article tab's metadata edits. */
  readonly metadata: MetadataPanelCallbacks;
  /** The Workbench's changes, which the Article tab shows. */
  readonly workbenchChanges: Listen<WorkbenchChange>;
}

export interface SidePanelTabs extends Disposable {
  readonly annotationInspector: AnnotationInspector;
  /** Opens the entity in the Entities tab. */
  showEntity(id: EntityId): void;
}

/**
 * The side panel's tabs, registered in tab-strip order: the selected annotation's inspector, the
 * article's annotation list, its suggestions, the entity registry, the layers and the article's metadata. Each also gets a
 * "Show the … tab" command, and the panel's pin one.
 */
export function registerSidePanelTabs(deps: SidePanelTabDeps): SidePanelTabs {
  const { annotationUi, article, panel } = deps;
  const store = new DisposableStore();
  const entityPanel = store.add(
    new EntityPanel({
      session: annotationUi.session,
      picker: annotationUi.picker,
      confirm: deps.confirm,
      openMention: async (articleId, annotationId) => {
        await deps.openArticle(articleId);
        // Opening returns early when the article was already loading; its annotations may still be on the way.
        if (annotationUi.session.model.article?.id !== articleId) return;
        if (await annotationLoaded(annotationUi.session, annotationId)) annotationUi.actions.reveal(annotationId);
      },
      annotateAcrossCorpus: (id) => deps.suggestionUi.corpus.fromEntity(id),
      tab: panel.handle(ENTITIES_TAB.id),
    }),
  );
  const annotationInspector = store.add(
    new AnnotationInspector({
      session: annotationUi.session,
      actions: annotationUi.actions,
      picker: annotationUi.picker,
      showEntity: (id) => entityPanel.showEntity(id),
      selectedTextRange: () => article.selectedTextRange(),
      notify: (message) => deps.notify(message),
      focusArticle: () => article.focusText(),
    }),
  );
  const annotationList = store.add(
    new AnnotationListView(annotationUi.session, {
      reveal: (id) => annotationUi.actions.reveal(id),
      focusArticle: () => article.focusText(),
      tab: panel.handle(ANNOTATION_LIST_TAB.id),
    }),
  );
  const { suggestionUi } = deps;
  const suggestionPanel = store.add(
    new SuggestionPanel({
      state: suggestionUi.state,
      lookup: annotationUi.session.model,
      reveal: (suggestion) => suggestionUi.actions.reveal(suggestion),
      focusArticle: () => article.focusText(),
      showRejections: () => void suggestionUi.showRejections(),
      tab: panel.handle(SUGGESTIONS_TAB.id),
    }),
  );
  const { layersUi } = deps;
  const layerPanel = store.add(
    new LayerPanel({
      model: annotationUi.session.model,
      display: layersUi.display,
      importLayer: () => void layersUi.importLayer(),
      rename: (id, name) => layersUi.rename(id, name),
      remove: (id) => layersUi.remove(id),
      tab: panel.handle(LAYERS_TAB.id),
    }),
  );
  // A layer just imported is shown where it can be compared and hidden.
  store.add(layersUi.onDidImport(() => panel.show(LAYERS_TAB.id, false)));
  const details = new MetadataPanel(deps.metadata, panel.handle(ARTICLE_TAB.id));
  store.add(deps.workbenchChanges((change) => details.follow(change)));

  const tabs: SidePanelTab[] = [
    { ...ANNOTATION_TAB, view: annotationInspector },
    { ...ANNOTATION_LIST_TAB, view: annotationList, onShow: () => annotationList.onShow() },
    { ...SUGGESTIONS_TAB, view: suggestionPanel, onShow: () => suggestionPanel.onShow() },
    { ...ENTITIES_TAB, view: entityPanel, onShow: () => entityPanel.onShow() },
    { ...LAYERS_TAB, view: layerPanel, onShow: () => layerPanel.onShow() },
    { ...ARTICLE_TAB, view: details, onShow: () => details.onShow() },
  ];
  // A new annotation brings its details forward, so they can be filled in at once.
  store.add(annotationUi.session.onDidCreate(() => panel.reveal(ANNOTATION_TAB.id)));
  store.add(
    deps.commands.register({
      id: 'toggle-side-panel-pin',
      title: 'Pin or unpin the side panel’s tab',
      keywords: 'details keep tab annotation',
      group: 'panel',
      run: () => panel.setPinned(!panel.isPinned),
    }),
  );
  for (const tab of tabs) {
    store.add(panel.register(tab));
    store.add(
      deps.commands.register({
        id: `show-tab:${tab.id}`,
        title: `Show the ${tab.title} tab`,
        keywords: 'details side panel',
        group: 'panel',
        run: () => panel.show(tab.id, true),
      }),
    );
  }
  return {
    annotationInspector,
    showEntity: (id) => entityPanel.showEntity(id),
    dispose: () => store.dispose(),
  };
}
