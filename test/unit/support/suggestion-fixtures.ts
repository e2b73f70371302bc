import type { Annotation, EntitySummary, Label } from '../../../shared/model/annotation';
import type { Article, ArticleSummary } from '../../../shared/model/article';
import type { Suggestion, SuggestionRejection } from '../../../shared/model/suggestion';
import { WorkbenchModel } from '../../../renderer/src/model/workbench-model';

/** A German sentence naming Schoigu twice, once inflected, and Putin once. */
export const SUGGESTION_TEXT = 'Putin traf Schoigu. Schoigus Rede 👋 war lang, sagte Putin.';

export const PERSON: Label = {
  id: 1,
  kind: 'entity',
  name: 'Person',
  parentId: null,
  color: '#0072b2',
  hotkey: '1',
  position: 1,
};

export function entity(id: number, name: string, aliases: string[] = [], mentionCount = 0): EntitySummary {
  return { id, typeLabelId: 1, name, aliases, externalIds: [], mentionCount, articleCount: mentionCount > 0 ? 1 : 0 };
}

export const SCHOIGU = entity(10, 'Schoigu');
export const PUTIN = entity(11, 'Putin');

export function summary(id: number): ArticleSummary {
  return {
    id,
    title: `Article ${id}`,
    charCount: SUGGESTION_TEXT.length,
    createdAt: '2026-01-01',
    deletedAt: null,
    metadata: { source: null, url: null, author: null, publishedAt: null, language: 'de', tags: [] },
  };
}

export function article(id: number, text = SUGGESTION_TEXT): Article {
  return {
    ...summary(id),
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    links: [],
    origin: { fileName: null, mediaType: 'text/plain', encoding: null, byteLength: 0, contentHash: 'x' },
  };
}

/** A registry suggestion of the word at `start` in the text, for an entity of the registry. */
export function suggestion(
  word: string,
  occurrence = 0,
  entityIds: number[] = [word.startsWith('Putin') ? PUTIN.id : SCHOIGU.id],
  articleId = 1,
): Suggestion {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = SUGGESTION_TEXT.indexOf(word, start + 1);
  if (start < 0) throw new Error(`No “${word}” in the text.`);
  const end = start + word.length;
  return {
    articleId,
    start,
    end,
    labelId: PERSON.id,
    quote: { exact: word, prefix: SUGGESTION_TEXT.slice(Math.max(0, start - 10), start), suffix: '' },
    matched: word.replace(/s$/u, ''),
    entity: { kind: 'existing', entityIds },
    origin: { kind: 'registry' },
    form: word.endsWith('s') ? 'inflected' : 'exact',
  };
}

export function annotationOver(id: number, start: number, end: number, entityId?: number): Annotation {
  return {
    id,
    articleId: 1,
    labelId: PERSON.id,
    fragments: [{ start, end }],
    quote: { exact: SUGGESTION_TEXT.slice(start, end), prefix: '', suffix: '' },
    orphaned: false,
    ...(entityId === undefined ? {} : { entityId }),
  };
}

export function rejectionOf(id: number, rejected: Suggestion): SuggestionRejection {
  return {
    id,
    articleId: rejected.articleId,
    articleTitle: 'Article 1',
    start: rejected.start,
    end: rejected.end,
    labelId: rejected.labelId,
    quote: rejected.quote,
    matched: rejected.matched,
    origin: rejected.origin,
    rejectedAt: '2026-12-06T20:00:00Z',
  };
}

/** The model of a project with the person label, Schoigu and Putin, and articles 1 and 2. */
export function suggestionModel(): WorkbenchModel {
  const model = new WorkbenchModel();
  model.loadProject({
    project: { name: 'P', displayPath: '/p.awb', articleCount: 2, schemaVersion: 1 },
    articles: [summary(1), summary(2)],
    labels: [PERSON],
    entities: [SCHOIGU, PUTIN],
    savedViews: [],
    history: { undo: null, redo: null },
  });
  return model;
}
