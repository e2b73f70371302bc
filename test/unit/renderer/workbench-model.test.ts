import { describe, expect, it } from 'vitest';
import type { Annotation, EntitySummary, Label, Relation } from '../../../shared/model/annotation';
import type { Article, ArticleSummary } from '../../../shared/model/article';
import type { ModelChange } from '../../../renderer/src/model/model-change';
import { WorkbenchModel } from '../../../renderer/src/model/workbench-model';
import { layer } from '../support/layer-fixtures';

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
  };
}

function annotation(id: number, start: number, end: number, articleId = 1): Annotation {
  return {
    id,
    articleId,
    labelId: 1,
    fragments: [{ start, end }],
    quote: { exact: TEXT.slice(start, end), prefix: '', suffix: '' },
    orphaned: false,
  };
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
    savedViews: [],
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
    expect(changes).toEqual([
      { kind: 'annotations', touched: [3] },
      { kind: 'corpus-annotations', curated: false },
    ]);
  });

  it('keeps annotations of articles that are not shown out, and says only that the corpus changed', () => {
    const { model, changes } = modelShowing([annotation(1, 0, 9)]);
    model.apply({ annotations: { upserted: [annotation(5, 0, 3, 2)], deleted: [] } });
    expect(model.annotations.map((a) => a.id)).toEqual([1]);
    expect(changes).toEqual([{ kind: 'corpus-annotations', curated: false }]);
  });

  it('passes curation decisions on before the annotations they wrote, marked as curation’s', () => {
    const { model, changes } = modelShowing([annotation(1, 0, 9)]);
    const decision = { key: 'k1', articleId: 2, choice: 'a' as const, decidedAt: '2026-12-06T23:00:00Z' };
    model.apply({
      annotations: { upserted: [annotation(5, 0, 3, 2)], deleted: [] },
      curationDecisions: { upserted: [decision], deleted: ['k0'] },
    });
    expect(changes).toEqual([
      { kind: 'curation-decisions', decided: [decision], undone: ['k0'] },
      { kind: 'corpus-annotations', curated: true },
    ]);
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
    expect(changes.map((change) => change.kind)).toEqual(['text', 'annotations', 'corpus-annotations']);
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
    expect(changes).toEqual([
      { kind: 'annotations', touched: [20_001] },
      { kind: 'corpus-annotations', curated: false },
    ]);
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

describe('the renderer model: relations, selection, loads and look-ups', () => {
  const relation: Relation = { id: 4, typeLabelId: 9, sourceAnnotationId: 1, targetAnnotationId: 2 };

  it('a new or deleted relation touches both of its annotations', () => {
    const { model, changes } = modelShowing([annotation(1, 0, 9), annotation(2, 10, 12)]);
    model.apply({ relations: { upserted: [relation], deleted: [] } });
    expect(model.relations).toEqual([relation]);
    model.apply({ relations: { upserted: [], deleted: [4] } });
    expect(model.relations).toEqual([]);
    expect(changes).toEqual([
      { kind: 'annotations', touched: [1, 2] },
      { kind: 'annotations', touched: [1, 2] },
    ]);
  });

  it('ignores relations between annotations of other articles', () => {
    const { model, changes } = modelShowing([annotation(1, 0, 9)]);
    model.apply({
      relations: { upserted: [{ ...relation, sourceAnnotationId: 50, targetAnnotationId: 51 }], deleted: [] },
    });
    expect(model.relations).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('selects only annotations it has, and says so once per change', () => {
    const { model, changes } = modelShowing([annotation(1, 0, 9)]);
    model.select(99);
    expect(model.selectedId).toBeNull();
    model.select(1);
    model.select(1);
    expect(model.selectedAnnotation?.id).toBe(1);
    expect(changes).toEqual([{ kind: 'selection' }]);
  });

  it('showing another article replaces all annotations and clears the selection', () => {
    const { model, changes } = modelShowing([annotation(1, 0, 9)]);
    model.select(1);
    changes.length = 0;
    model.showArticle({
      article: article(2),
      annotations: [annotation(8, 0, 3, 2)],
      relations: [],
      documentLabels: [],
    });
    expect(model.article?.id).toBe(2);
    expect(model.selectedId).toBeNull();
    expect(changes).toEqual([{ kind: 'article' }, { kind: 'annotations', touched: [8], full: true }]);
  });

  it('reloading the same project keeps the shown article; opening another clears it', () => {
    const { model } = modelShowing([annotation(1, 0, 9)]);
    const snapshot = {
      project: { name: 'P', displayPath: '/p.awb', articleCount: 2, schemaVersion: 1 },
      articles: [summary(1)],
      labels: [person],
      entities: [],
      history: { undo: null, redo: null },
      savedViews: [],
    };
    model.loadProject(snapshot);
    expect(model.article?.id).toBe(1);
    expect(model.annotations).toHaveLength(1);
    model.loadProject({ ...snapshot, project: { ...snapshot.project, displayPath: '/q.awb' } });
    expect(model.article).toBeNull();
    expect(model.annotations).toEqual([]);
  });

  it('finds annotations at an offset (ends included) and over a range (innermost first), never orphaned ones', () => {
    const { model } = modelShowing([
      annotation(1, 0, 21),
      annotation(2, 10, 12),
      { ...annotation(3, 10, 12), orphaned: true },
    ]);
    expect(model.annotationsAt(12).map((a) => a.id)).toEqual([1, 2]);
    expect(model.annotationsAt(21).map((a) => a.id)).toEqual([1]);
    expect(model.annotationsOverlapping({ start: 11, end: 12 }).map((a) => a.id)).toEqual([2, 1]);
    expect(model.annotationsOverlapping({ start: 12, end: 13 }).map((a) => a.id)).toEqual([1]);
  });

  it('keys 1–9 apply the entity and claim labels, in menu order', () => {
    const { model } = modelShowing([]);
    const claim = { ...person, id: 2, kind: 'claim', name: 'Claim', hotkey: '7' } as Label;
    const tag = { ...person, id: 3, kind: 'document', name: 'Sport', hotkey: null } as Label;
    model.apply({ labels: { upserted: [claim, tag], deleted: [] } });
    expect(model.spanLabels.map((label) => label.id)).toEqual([1, 2]);
    expect(model.labelsOfKind('document').map((label) => label.id)).toEqual([3]);
  });

  it('clearing the article says so once', () => {
    const { model, changes } = modelShowing([annotation(1, 0, 9)]);
    model.clearArticle();
    model.clearArticle();
    expect(model.article).toBeNull();
    expect(changes).toEqual([{ kind: 'article' }]);
  });

  it('keeps the colleagues’ layers loaded with the project current from the layers part', () => {
    const { model, changes } = modelShowing([]);
    model.loadProject({
      project: { name: 'P', displayPath: '/p.awb', articleCount: 2, schemaVersion: 1 },
      articles: [summary(1), summary(2)],
      labels: [person],
      entities: [],
      history: { undo: null, redo: null },
      savedViews: [],
      layers: [layer(4, 'Ben'), layer(2, 'Ana')],
    });
    expect(model.layers.map((row) => row.name)).toEqual(['Ana', 'Ben']);
    expect(changes).toContainEqual({ kind: 'layers', touched: [4, 2] });
    changes.length = 0;
    model.apply({
      layers: { upserted: [{ ...layer(4, 'Ben'), name: 'Ben (second pass)' }, layer(5, 'Cleo')], deleted: [2] },
    });
    expect(model.layers.map((row) => row.name)).toEqual(['Ben (second pass)', 'Cleo']);
    expect(model.layer(2)).toBeUndefined();
    expect(changes).toEqual([{ kind: 'layers', touched: [4, 5, 2] }]);
  });
});
