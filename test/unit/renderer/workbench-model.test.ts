import { describe, expect, it } from 'vitest';
import type { Annotation, EntitySummary, Label, Relation } from '../../../shared/model/annotation';
import type { Article, ArticleSummary } from '../../../shared/model/article';
import type { ModelChange } from '../../../renderer/src/model/model-change';
import { WorkbenchModel } from '../../../renderer/src/model/workbench-model';

const TEXT = 'Präsident Xi 👋 traf Scholz in Berlin.';

function summary(id: number, deletedAt: string | null = null): ArticleSummary {
  return {
    id,
    title: `Article ${id}`,
    charCount: 10,
    createdAt: '2026-01-01',
    deletedAt,
    metadata: { source: null, url: null, author: null, publishedAt: null, language: null, tags: [] },
  };
}

function article(id: number, text = TEXT): Article {
  return {
    ...summary(id),
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    links: [],
    origin: { fileName: null, mediaType: 'text/plain', encoding: null, byteLength: 0, contentHash: 'x' },
  } as Article;
}

function annotation(id: number, start: number, end: number, articleId = 1): Annotation {
  return {
    id,
    articleId,
    labelId: 1,
    fragments: [{ start, end }],
    quote: { exact: TEXT.slice(start, end), prefix: '', suffix: '' },
    orphaned: false,
  } as Annotation;
}

const person: Label = { id: 1, kind: 'entity', name: 'Person', color: '#1f77b4', hotkey: '1' } as Label;
const xi: EntitySummary = {
  id: 7,
  typeLabelId: 1,
  name: 'Xi Jinping',
  aliases: ['Xi'],
  externalIds: [],
  mentionCount: 1,
  articleCount: 1,
};

function modelShowing(
  annotations: Annotation[],
  relations: Relation[] = [],
): { model: WorkbenchModel; changes: ModelChange[] } {
  const model = new WorkbenchModel();
  model.loadProject({
    project: { name: 'P', displayPath: '/p.awb', articleCount: 2, schemaVersion: 1 },
    articles: [summary(1), summary(2)],
    labels: [person],
    entities: [xi],
    history: { undo: null, redo: null },
  });
  model.showArticle({ article: article(1), annotations, relations, documentLabels: [] });
  const changes: ModelChange[] = [];
  model.subscribe((change) => changes.push(change));
  return { model, changes };
}

describe('the renderer model applies change sets', () => {
  it('puts a new annotation of the shown article in text order and says only it changed', () => {
    const { model, changes } = modelShowing([annotation(1, 0, 9), annotation(2, 31, 37)]);
    model.apply({ annotations: { upserted: [annotation(3, 10, 12)], deleted: [] } });
    expect(model.annotations.map((a) => a.id)).toEqual([1, 3, 2]);
    expect(changes).toEqual([{ kind: 'annotations', touched: [3] }]);
  });

  it('ignores annotations of articles that are not shown', () => {
    const { model, changes } = modelShowing([annotation(1, 0, 9)]);
    model.apply({ annotations: { upserted: [annotation(5, 0, 3, 2)], deleted: [] } });
    expect(model.annotations.map((a) => a.id)).toEqual([1]);
    expect(changes).toEqual([]);
  });

  it('deleting the selected annotation clears the selection and the relations that end at it', () => {
    const relation: Relation = { id: 4, typeLabelId: 9, sourceAnnotationId: 1, targetAnnotationId: 2 };
    const { model, changes } = modelShowing([annotation(1, 0, 9), annotation(2, 10, 12)], [relation]);
    model.select(1);
    changes.length = 0;
    model.apply({ annotations: { upserted: [], deleted: [1] } });
    expect(model.selectedId).toBeNull();
    expect(model.relations).toEqual([]);
    expect(changes).toContainEqual({ kind: 'selection' });
    const touched = changes.find((change) => change.kind === 'annotations');
    expect(touched).toEqual({ kind: 'annotations', touched: [1, 2] });
  });

  it('a moved annotation replaces the old one in its new place', () => {
    const { model } = modelShowing([annotation(1, 0, 9), annotation(2, 10, 12)]);
    model.apply({ annotations: { upserted: [annotation(1, 20, 24)], deleted: [] } });
    expect(model.annotations.map((a) => [a.id, a.fragments[0]?.start])).toEqual([
      [2, 10],
      [1, 20],
    ]);
    expect(model.annotationsAt(22).map((a) => a.id)).toEqual([1]);
  });

  it('a text edit replaces the shown text, then the annotations it moved', () => {
    const { model, changes } = modelShowing([annotation(1, 0, 9)]);
    const edited = `Der ${TEXT}`;
    model.apply({
      articleTexts: [article(1, edited)],
      annotations: {
        upserted: [{ ...annotation(1, 4, 13), quote: { exact: 'Präsident', prefix: '', suffix: '' } }],
        deleted: [],
      },
    });
    expect(model.article?.text).toBe(edited);
    expect(changes.map((change) => change.kind)).toEqual(['text', 'annotations']);
  });

  it('moving an article to the trash takes it out of the list and into the trash', () => {
    const { model, changes } = modelShowing([]);
    model.apply({ articles: { upserted: [summary(2, '2026-02-02')], deleted: [] } });
    expect(model.articles.map((a) => a.id)).toEqual([1]);
    expect(model.trash.map((a) => a.id)).toEqual([2]);
    expect(changes).toEqual([{ kind: 'articles', touched: [2] }]);
  });

  it('a title edit of the shown article shows in its header', () => {
    const { model } = modelShowing([]);
    model.apply({ articles: { upserted: [{ ...summary(1), title: 'Neuer Titel' }], deleted: [] } });
    expect(model.article?.title).toBe('Neuer Titel');
    expect(model.article?.text).toBe(TEXT);
  });

  it('entity summaries, labels, document labels and history follow their change sets', () => {
    const { model, changes } = modelShowing([]);
    model.apply({
      entities: { upserted: [{ ...xi, mentionCount: 2 }], deleted: [] },
      labels: { upserted: [], deleted: [1] },
      documentLabels: [{ articleId: 1, labelIds: [3] }],
      history: { undo: 'Label “Xi”', redo: null },
    });
    expect(model.entity(7)?.mentionCount).toBe(2);
    expect(model.label(1)).toBeUndefined();
    expect(model.documentLabels).toEqual([3]);
    expect(model.history.undo).toBe('Label “Xi”');
    expect(changes.map((change) => change.kind)).toEqual(['labels', 'entities', 'document-labels', 'history']);
  });

  it('one new annotation among 20,000 touches one', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => annotation(i + 1, i % 30, (i % 30) + 2));
    const { model, changes } = modelShowing(many);
    model.apply({ annotations: { upserted: [annotation(20_001, 5, 8)], deleted: [] } });
    expect(model.annotations).toHaveLength(20_001);
    expect(changes).toEqual([{ kind: 'annotations', touched: [20_001] }]);
  });

  it('a released subscription hears nothing more', () => {
    const { model } = modelShowing([]);
    const heard: ModelChange[] = [];
    const release = model.subscribe((change) => heard.push(change));
    release();
    model.apply({ history: { undo: null, redo: 'x' } });
    expect(heard).toEqual([]);
  });
});
