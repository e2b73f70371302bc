import { encodeAnnotationColumns } from '../../shared/annotation-columns/encode-annotation-columns';
import type { ProjectInfo } from '../../shared/model/project';
import type { Handlers } from '../ipc/dispatcher';
import { articleFromPaste } from '../library/pasted-article';
import { redecodeArticle } from '../library/redecode-article';
import type { ProjectStore } from '../store/project-store';
import type { StoreCallName } from './store-calls';

type AnnotationCallName = Extract<
  StoreCallName,
  | `${'schema' | 'entity' | 'annotation' | 'relation' | 'note' | 'history'}.${string}`
  | 'article.documentLabels'
  | 'article.setDocumentLabels'
  | 'article.editText'
  | 'article.setReviewStatus'
  | `annotator.${string}`
>;

const DEFAULT_SEARCH_LIMIT = 50;

/**
 * The data calls, served in a store worker on its connection. `announce` tells every window the
 * project's counts changed (trash and restore change what the status bar counts).
 */
export function storeHandlers(
  store: ProjectStore,
  announce: (info: ProjectInfo) => void,
): Pick<Handlers, StoreCallName> {
  const changingCount = (action: () => number): { count: number } => {
    const count = action();
    announce(store.info());
    return { count };
  };
  return {
    'project.current': () => store.info(),
    'article.list': () => store.listArticles(),
    'article.get': ({ id }) => store.getArticle(id),
    'article.create': (input) => store.createArticle(articleFromPaste(input)),
    'article.update': ({ id, edit }) => store.updateArticle(id, edit),
    'article.trash': ({ ids }) => changingCount(() => store.trashArticles(ids)),
    'article.restore': ({ ids }) => changingCount(() => store.restoreArticles(ids)),
    'article.redecode': ({ id, encoding }) => redecodeArticle(store, id, encoding),
    'trash.list': () => store.listTrash(),
    'trash.empty': () => ({ count: store.emptyTrash() }),
    'search.query': ({ query, limit }) => store.search(query, limit ?? DEFAULT_SEARCH_LIMIT),
    ...annotationHandlers(store),
    ...suggestionHandlers(store),
    ...teamHandlers(store),
    ...suggestionSourceHandlers(store),
    ...analysisHandlers(store),
  };
}

/** Corpus analysis: the long reads are served on the reader (READER_CALLS), saved views on the writer. */
function analysisHandlers(store: ProjectStore): Pick<Handlers, Extract<StoreCallName, `analysis.${string}`>> {
  return {
    'analysis.claims': (query) => store.analysisClaims(query),
    'analysis.claimsCsv': (query) => ({ csv: store.analysisClaimsCsv(query) }),
    'analysis.entities': (query) => store.analysisEntities(query),
    'analysis.articleIds': ({ filter }) => store.analysisArticleIds(filter),
    'analysis.claimsPerClaimant': ({ filter }) => store.claimsPerClaimant(filter),
    'analysis.verdictsPerSource': ({ filter }) => store.verdictsPerSource(filter),
    'analysis.codeMatrix': ({ filter, rowsBy }) => store.codeMatrix(filter, rowsBy),
    'analysis.timeline': ({ filter }) => store.timeline(filter),
    'analysis.network': (request) => store.network(request),
    'analysis.savedViews': () => store.listSavedViews(),
    'analysis.saveView': ({ name, filter }) => store.saveView(name, filter),
    'analysis.deleteView': ({ id }) => {
      store.deleteSavedView(id);
      return null;
    },
  };
}

/**
 * The annotation layer, text editing and its undo history: a thin pass-through, as the store
 * checks every reference and rule itself.
 */
function annotationHandlers(store: ProjectStore): Pick<Handlers, AnnotationCallName> {
  return {
    'schema.labels': () => store.listLabels(),
    'schema.addLabel': (label) => store.addLabel(label),
    'schema.updateLabel': ({ id, edit }) => store.updateLabel(id, edit),
    'schema.labelUsage': ({ id }) => store.labelUsage(id),
    'schema.removeLabel': ({ id, decision }) => {
      store.removeLabel(id, decision);
      return null;
    },
    'schema.export': () => store.exportAnnotationSchema(),
    'schema.import': ({ schema }) => ({ count: store.importAnnotationSchema(schema) }),
    'entity.list': () => store.listEntities(),
    'entity.get': ({ id }) => store.getEntity(id),
    'entity.candidates': ({ query, typeLabelId, limit }) =>
      store.findEntityCandidates(query, {
        ...(typeLabelId === undefined ? {} : { typeLabelId }),
        ...(limit === undefined ? {} : { limit }),
      }),
    'entity.create': (draft) => store.createEntity(draft),
    'entity.update': ({ id, edit }) => store.updateEntity(id, edit),
    'entity.mentions': ({ id }) => store.entityMentions(id),
    'entity.merge': ({ keptId, mergedId }) => store.mergeEntities(keptId, mergedId),
    'entity.splitMention': ({ annotationId, entity }) => store.splitMentionOff(annotationId, entity),
    'annotation.list': ({ articleId }) => store.listAnnotations(articleId),
    'annotation.columns': ({ articleId, within }) =>
      encodeAnnotationColumns(articleId, store.listArticleAnnotations(articleId, within)),
    'annotation.create': (input) => store.createAnnotation(input),
    'annotation.createMany': ({ annotations }) => store.createAnnotations(annotations),
    'annotation.update': ({ id, edit }) => store.updateAnnotation(id, edit),
    'annotation.delete': ({ ids }) => ({ count: store.deleteAnnotations(ids) }),
    'annotation.reattach': ({ id, fragments }) => store.reattachAnnotation(id, fragments),
    'relation.list': ({ articleId }) => store.listRelations(articleId),
    'relation.create': (relation) => store.createRelation(relation),
    'relation.delete': ({ id }) => {
      store.deleteRelation(id);
      return null;
    },
    'note.list': ({ target }) => store.listNotes(target),
    'note.add': ({ target, text }) => store.addNote(target, text),
    'note.update': ({ id, text }) => {
      store.updateNote(id, text);
      return null;
    },
    'note.delete': ({ id }) => {
      store.deleteNote(id);
      return null;
    },
    'article.documentLabels': ({ articleId }) => store.documentLabels(articleId),
    'article.setDocumentLabels': ({ articleId, labelIds }) => store.setDocumentLabels(articleId, labelIds),
    'article.editText': (edit) => store.editArticleText(edit),
    'article.setReviewStatus': ({ articleId, status }) => store.setReviewStatus(articleId, status),
    'annotator.use': (identity) => store.useAnnotator(identity),
    'annotator.list': () => store.listAnnotators(),
    'history.undo': () => store.undo(),
    'history.redo': () => store.redo(),
    'history.state': () => store.historyState(),
  };
}

/** Suggestions: computed on the connection the call is served on, never stored until accepted. */
function suggestionHandlers(store: ProjectStore): Pick<Handlers, Extract<StoreCallName, `suggestion.${string}`>> {
  const { suggestions } = store;
  return {
    'suggestion.forArticle': ({ articleId }) => suggestions.forArticle(articleId),
    'suggestion.occurrences': (target) => suggestions.occurrences(target),
    'suggestion.accept': ({ accepted }) => suggestions.accept(accepted),
    'suggestion.reject': ({ suggestions: rejected }) => ({ count: suggestions.reject(rejected) }),
    'suggestion.rejections': () => suggestions.rejections(),
    'suggestion.rejectionsPage': (query) => suggestions.rejectionsPage(query),
    'suggestion.unreject': ({ ids }) => ({ count: suggestions.unreject(ids) }),
    'suggestion.options': () => suggestions.options(),
    'suggestion.setOptions': (options) => suggestions.setOptions(options),
  };
}

/** Gazetteers, pattern files and built-in rules (main/store/suggestions/suggestion-source-repository.ts). */
function suggestionSourceHandlers(
  store: ProjectStore,
): Pick<Handlers, Extract<StoreCallName, `suggestionSources.${string}`>> {
  return {
    'suggestionSources.add': (file) => store.importSuggestionSource(file),
    'suggestionSources.list': () => store.listSuggestionSources(),
    'suggestionSources.statistics': () => store.suggestionSourceStatistics(),
    'suggestionSources.setEnabled': ({ source, enabled }) => {
      store.setSuggestionSourceEnabled(source, enabled);
      return null;
    },
    'suggestionSources.remove': ({ source }) => {
      store.removeSuggestionSource(source);
      return null;
    },
    'suggestionSources.setBuiltIn': ({ rule, labelId }) => store.setBuiltInRule(rule, labelId),
  };
}

type TeamCallName = Extract<StoreCallName, `layers.${string}` | `agreement.${string}` | `curation.${string}`>;

/** Colleagues' layers, agreement between layers, and curation into the project's own annotations. */
function teamHandlers(store: ProjectStore): Pick<Handlers, TeamCallName> {
  return {
    'layers.list': () => store.listLayers(),
    'layers.rename': ({ id, name }) => store.renameLayer(id, name),
    'layers.remove': ({ id }) => {
      store.removeLayer(id);
      return null;
    },
    'layers.annotations': ({ articleId, layerIds }) => store.layerAnnotations(articleId, layerIds),
    'agreement.compute': (query) => store.computeAgreement(query),
    'curation.disagreements': (query) => store.curationDisagreements(query),
    'curation.decide': ({ query, key, choice }) => store.decideCuration(query, key, choice),
  };
}
