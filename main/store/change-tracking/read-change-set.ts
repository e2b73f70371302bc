import type { DatabaseSync } from 'node:sqlite';
import type { EntitySummary } from '../../../shared/model/annotation';
import type { ChangeSet } from '../../../shared/model/change-set';
import type { ProjectInfo } from '../../../shared/model/project';
import { getSavedViews } from '../analysis/saved-views-repository';
import { getAnnotations } from '../annotation-repository';
import { getAnnotators } from '../annotator-repository';
import { decisionSlot, getDecisions } from '../curation/curation-decisions';
import { getLabels } from '../annotation-schema-repository';
import { articleSummaries, getArticle } from '../article-repository';
import { documentLabels } from '../document-label-repository';
import { getEntities } from '../entity-repository';
import { getNotes } from '../note-repository';
import { getRelations } from '../relation-repository';
import { readSuggestionOptions } from '../suggestions/suggestion-options';
import { getRejections } from '../suggestions/suggestion-rejections';
import { getGazetteers, getPatternSets } from '../suggestions/suggestion-source-repository';
import { getLayers } from '../layers/layer-repository';
import type { MentionCounts } from './mention-counts';
import type { TouchedKind, TouchedRows } from './touched-rows';

/** Rows by id, leaving out ids that no longer exist. */
type ReadByIds<Row> = (db: DatabaseSync, ids: readonly number[]) => Row[];

export interface ChangeSetSources {
  project(): ProjectInfo;
  readonly mentionCounts: MentionCounts;
}

/**
 * Reads back, once, every object a transaction touched (touched-rows.ts), by id, so the cost
 * follows what the write changed and never the size of the article or project: those still there
 * are upserted as they are now, the others deleted.
 */
export function readChangeSet(db: DatabaseSync, touched: TouchedRows, sources: ChangeSetSources): ChangeSet {
  const changes: ChangeSet = {};
  const put = <K extends keyof ChangeSet>(key: K, part: ChangeSet[K]) => {
    if (part !== undefined && !(Array.isArray(part) && part.length === 0)) changes[key] = part;
  };
  const touchedIds = (...kinds: TouchedKind[]) => kinds.flatMap((kind) => touched.ids.get(kind) ?? []);
  const rows = <Row extends { id: number }>(ids: readonly number[], read: ReadByIds<Row>) => {
    if (ids.length === 0) return undefined;
    const upserted = read(db, ids).sort((a, b) => a.id - b.id);
    const found = new Set(upserted.map((row) => row.id));
    return { upserted, deleted: ids.filter((id) => !found.has(id)) };
  };
  put('articles', rows(touchedIds('article'), articleSummaries));
  // An article deleted for good takes its text and document labels along; `articles.deleted` says so.
  put(
    'articleTexts',
    rows(touchedIds('article-text'), articleSummaries)?.upserted.map(({ id }) => getArticle(db, id)),
  );
  put(
    'documentLabels',
    rows(touchedIds('document-labels'), articleSummaries)?.upserted.map(({ id }) => ({
      articleId: id,
      labelIds: documentLabels(db, id),
    })),
  );
  put('annotations', rows(touchedIds('annotation'), getAnnotations));
  put('relations', rows(touchedIds('relation'), getRelations));
  put('notes', rows(touchedIds('note'), getNotes));
  const entityIds = new Set([...touchedIds('entity', 'recount'), ...touched.mentions.map((m) => m.entityId)]);
  put(
    'entities',
    rows([...entityIds], (_, ids) => {
      const entities = getEntities(db, ids);
      const counts = sources.mentionCounts.after(
        entities.map((entity) => entity.id),
        touched.mentions,
        new Set(touchedIds('recount')),
      );
      return entities.map((entity): EntitySummary => {
        const count = counts.get(entity.id);
        return { ...entity, mentionCount: count?.mentions ?? 0, articleCount: count?.articles ?? 0 };
      });
    }),
  );
  put('labels', rows(touchedIds('label'), getLabels));
  put('suggestionRejections', rows(touchedIds('suggestion-rejection'), getRejections));
  if (touched.ids.has('suggestion-options')) put('suggestionOptions', readSuggestionOptions(db));
  put('gazetteers', rows(touchedIds('gazetteer'), getGazetteers));
  put('patternSets', rows(touchedIds('pattern-set'), getPatternSets));
  put('savedViews', rows(touchedIds('saved-view'), getSavedViews));
  put('annotators', rows(touchedIds('annotator'), getAnnotators));
  if (touched.decisions.length > 0) {
    const decisions = getDecisions(db, touched.decisions);
    const found = new Set(decisions.map((decision) => decisionSlot(decision.articleId, decision.key)));
    put('curationDecisions', {
      upserted: decisions,
      deleted: touched.decisions
        .filter((place) => !found.has(decisionSlot(place.articleId, place.key)))
        .map((place) => place.key),
    });
  }
  put('layers', rows(touchedIds('layer'), getLayers));
  if (touched.ids.has('project')) put('project', sources.project());
  return changes;
}
