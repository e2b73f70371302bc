import { COMMANDS } from '../../../shared/commands/command-catalog';
import { ariaKeyShortcut, pressLabel } from '../../../shared/commands/key-press';
import { LibraryPanel } from '../article-list/library-panel';
import type { MenuButton } from '../dom/menu-button';
import { DisposableStore, type Disposable } from '../lifecycle/disposable';
import { AnnotatorDialog } from '../annotators/annotator-dialog';
import { setReviewStatus, type ReviewCommandDeps } from '../review/review-commands';
import { ReviewField } from '../review/review-field';
import { reviewStatusLabel } from '../review/review-status-label';
import { NewArticleDialog } from '../new-article/new-article-dialog';
import { ProjectIntegrity } from '../project-integrity/project-integrity';
import { createProjectMenu } from '../project-menu/project-menu';
import { SchemaSettingsDialog } from '../schema-settings/schema-settings-dialog';
import { SuggestionSourcesDialog } from '../suggestion-sources/suggestion-sources-dialog';
import { SearchBox } from '../search/search-box';
import { ShortcutsDialog } from '../shortcuts/shortcuts-dialog';
import { DetailsToggle } from '../side-panel/details-toggle';
import { SidePanel } from '../side-panel/side-panel';
import { registerSidePanelTabs, type SidePanelTabs } from './side-panel-tabs';
import type { ArticleEditor } from './article-editor';
import { createImportMenu } from './import-menu';
import { createWindowAnalysis, type WindowAnalysis } from './window-analysis';
import { createWindowJobs, type WindowJobs } from './window-jobs';
import type { WindowServices } from './window-services';
import type { Workbench } from './workbench';

/** The views around the article: library, side panel, toolbar parts, dialogs and jobs. */
export interface WindowViews extends Disposable {
  readonly library: LibraryPanel;
  readonly sidePanel: SidePanel;
  readonly detailsToggle: DetailsToggle;
  readonly tabs: SidePanelTabs;
  readonly jobs: WindowJobs;
  readonly newArticleDialog: NewArticleDialog;
  readonly shortcutsDialog: ShortcutsDialog;
  readonly schemaSettings: SchemaSettingsDialog;
  readonly suggestionSources: SuggestionSourcesDialog;
  readonly annotatorDialog: AnnotatorDialog;
  /** What setting the shown article's review status needs, for its commands and the Article tab. */
  readonly review: ReviewCommandDeps;
  readonly search: SearchBox;
  readonly importMenu: MenuButton;
  readonly projectMenu: MenuButton;
  readonly integrity: ProjectIntegrity;
  readonly analysis: WindowAnalysis;
}

/** Builds the views that show the Workbench's state and report what the analyst asks of it. */
export function createWindowViews(
  root: HTMLElement,
  services: WindowServices,
  editor: ArticleEditor,
  workbench: Workbench,
): WindowViews {
  const { commands, toasts, mac, reportError } = services;
  const { session } = editor.annotationUi;
  const store = new DisposableStore();

  const library = new LibraryPanel({
    onOpen: (id) => void workbench.openArticle(id),
    onTrash: (id, neighbour) => void workbench.trashArticle(id, neighbour),
    onRestore: (id) => void workbench.restoreArticles([id]),
    onEmptyTrash: () => void workbench.emptyTrash(),
    onShowTrash: () => workbench.loadTrash(),
  });
  store.add(workbench.onDidChange((change) => library.follow(change)));
  const showArticleList = () => library.setMode('articles');

  const review: ReviewCommandDeps = {
    api: services.api,
    shownArticle: () => editor.article.articleId,
    track: (write) => services.saves.track(write),
    notify: (message) => toasts.info(message),
  };
  const sidePanel = new SidePanel(root);
  const tabs = store.add(
    registerSidePanelTabs({
      panel: sidePanel,
      commands,
      annotationUi: editor.annotationUi,
      suggestionUi: editor.suggestionUi,
      layersUi: editor.layersUi,
      article: editor.article,
      confirm: services.confirm,
      notify: (message) => toasts.info(message),
      openArticle: async (id) => {
        showArticleList();
        await workbench.openArticle(id);
      },
      metadata: {
        save: (id, edit) => workbench.updateArticle(id, edit),
        redecode: (id, encoding) => workbench.redecodeArticle(id, encoding),
        review: new ReviewField({
          setStatus: (status) => setReviewStatus(review, status),
          describe: (summary) => reviewStatusLabel(summary.review, { annotator: (id) => session.model.annotator(id) }),
        }),
      },
      workbenchChanges: workbench.onDidChange,
    }),
  );

  // The field's hint names the search command's key; the command itself is registered later.
  const searchKey = COMMANDS.search.keys[0].press;
  const search = new SearchBox(
    {
      search: (query) => workbench.search(query),
      open: (hit) => {
        showArticleList();
        void workbench.openSearchHit(hit);
      },
    },
    { label: pressLabel(searchKey, mac), aria: ariaKeyShortcut(searchKey, mac) },
  );

  const jobs = store.add(createWindowJobs({ services, session, workbench, showArticleList }));
  const analysis = store.add(
    createWindowAnalysis({ root, services, editor, workbench, library, tabs, showArticleList }),
  );
  const views: WindowViews = {
    library,
    sidePanel,
    detailsToggle: store.add(new DetailsToggle(sidePanel, commands)),
    tabs,
    jobs,
    newArticleDialog: new NewArticleDialog({
      create: async (input) => {
        await workbench.createArticle(input);
      },
      reportError,
    }),
    shortcutsDialog: new ShortcutsDialog(commands, mac),
    schemaSettings: store.add(new SchemaSettingsDialog(session)),
    suggestionSources: store.add(new SuggestionSourcesDialog(session)),
    annotatorDialog: new AnnotatorDialog(),
    review,
    search,
    importMenu: store.add(createImportMenu(commands)),
    projectMenu: store.add(
      createProjectMenu({
        commands,
        openRecent: (id) => workbench.openRecentProject(id),
        loadRecent: () => workbench.recentProjects(),
        currentDisplayPath: () => workbench.currentProject?.displayPath ?? null,
        reportError,
      }),
    ),
    integrity: store.add(
      new ProjectIntegrity({
        api: services.api,
        toasts,
        reportError,
        projectName: () => workbench.currentProject?.name ?? 'project',
        exportProject: () => void jobs.exportDialog.show(),
      }),
    ),
    analysis,
    dispose: () => store.dispose(),
  };
  return views;
}
