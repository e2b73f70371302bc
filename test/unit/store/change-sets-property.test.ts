import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ProjectStore } from '../../../main/store/project-store';
import type { Label, NewAnnotation } from '../../../shared/model/annotation';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import { articleInput } from '../support/article-input';
import { checkedWrite, recordChanges } from '../support/change-set-check';
import { readSeedArticle } from '../support/seed-article';

/**
 * Random sequences of writes, undos and redos: after each one, what the store announced must be
 * what re-reading it shows changed (support/change-set-check.ts).
 */
const OPERATIONS = [
  'annotate',
  'annotate-all',
  'edit-annotation',
  'delete-annotations',
  'create-entity',
  'edit-entity',
  'merge-entities',
  'split-mention',
  'relate',
  'unrelate',
  'note-article',
  'note-relation',
  'edit-note',
  'delete-note',
  'document-labels',
  'edit-text',
  'reattach',
  'undo',
  'redo',
  'trash',
  'restore',
  'empty-trash',
  'create-article',
  'edit-article',
  'add-label',
  'remove-label',
] as const;
type Operation = (typeof OPERATIONS)[number];

interface Step {
  operation: Operation;
  /** Choices the operation makes (which annotation, which word…), each taken modulo what there is. */
  choices: readonly number[];
}

const step: fc.Arbitrary<Step> = fc.record({
  operation: fc.constantFrom(...OPERATIONS),
  choices: fc.array(fc.nat(10_000), { minLength: 4, maxLength: 4 }),
});

function pick<T>(items: readonly T[], choice: number): T | undefined {
  return items.length === 0 ? undefined : items[choice % items.length];
}

function words(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\p{L}+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The write a step makes of the store as it is now; undefined where it has nothing to work on. */
function writeFor(store: ProjectStore, { operation, choices }: Step): (() => unknown) | undefined {
  const [a = 0, b = 0, c = 0, d = 0] = choices;
  const labels = store.listLabels();
  const ofKind = (kind: Label['kind']) => labels.filter((label) => label.kind === kind && label.parentId === null);
  const spanLabels = [...ofKind('entity'), ...ofKind('claim')];
  const articles = store.listArticles();
  const article = pick(articles, a);
  const annotations = articles.flatMap((summary) => store.listAnnotations(summary.id));
  const annotation = pick(annotations, a);
  const entities = store.listEntities();
  const relations = articles.flatMap((summary) => store.listRelations(summary.id));
  const notes = [
    ...articles.flatMap((summary) => store.listNotes({ kind: 'article', articleId: summary.id })),
    ...relations.flatMap((relation) => store.listNotes({ kind: 'relation', relationId: relation.id })),
  ];
  const attributes = (choice: number): Record<number, number> => {
    const attribute = pick(ofKind('claim-attribute'), choice);
    const value = pick(
      labels.filter((label) => attribute !== undefined && label.parentId === attribute.id),
      choice >> 3,
    );
    return attribute === undefined || value === undefined ? {} : { [attribute.id]: value.id };
  };
  const newAnnotation = (articleId: number, fragments: NewAnnotation['fragments']): NewAnnotation => {
    const label = pick(spanLabels, b) as Label;
    if (label.kind === 'claim') {
      const claimant = pick(
        annotations.filter((other) => other.articleId === articleId),
        c,
      );
      return {
        articleId,
        labelId: label.id,
        fragments,
        claim: {
          aboutEntityIds: d % 2 === 0 ? [] : [pick(entities, d)?.id ?? 1],
          attributes: attributes(c),
          ...(claimant && { claimantAnnotationId: claimant.id }),
        },
      };
    }
    const entity = d % 3 === 0 ? undefined : pick(entities, d);
    return { articleId, labelId: label.id, fragments, ...(entity && { entityId: entity.id }) };
  };
  const textOf = (articleId: number) => store.getArticle(articleId).text;

  switch (operation) {
    case 'annotate': {
      if (article === undefined) return undefined;
      const spans = words(textOf(article.id));
      const first = pick(spans, c);
      const second = spans[((c % spans.length) + 2) % spans.length];
      if (first === undefined || second === undefined) return undefined;
      const fragments = d % 4 === 0 && second.start > first.end ? [first, second] : [first];
      return () => store.createAnnotation({ ...newAnnotation(article.id, fragments), note: `Note ${b}` });
    }
    case 'annotate-all': {
      if (article === undefined) return undefined;
      const text = textOf(article.id);
      const word = pick(words(text), c);
      if (word === undefined) return undefined;
      const phrase = text.slice(word.start, word.end);
      const all = words(text).filter(({ start, end }) => text.slice(start, end) === phrase);
      return () => store.createAnnotations(all.map((fragment) => newAnnotation(article.id, [fragment])));
    }
    case 'edit-annotation': {
      if (annotation === undefined) return undefined;
      const edits = [
        { note: `Edited ${c}` },
        { note: null },
        { entityId: pick(entities, c)?.id ?? null },
        { entityId: null },
        { labelId: pick(spanLabels, c)?.id },
        {
          claim: {
            aboutEntityIds: [pick(entities, c)?.id ?? 1],
            attributes: attributes(c),
          },
        },
      ];
      return () => store.updateAnnotation(annotation.id, pick(edits, b) ?? {});
    }
    case 'delete-annotations':
      return () => store.deleteAnnotations([annotation?.id ?? 1, pick(annotations, b)?.id ?? 1]);
    case 'create-entity':
      return () =>
        store.createEntity({
          typeLabelId: pick(ofKind('entity'), b)?.id ?? 1,
          name: `Entity ${c % 7}`,
          aliases: d % 2 === 0 ? [] : [`Alias ${d % 5}`],
        });
    case 'edit-entity': {
      const entity = pick(entities, a);
      if (entity === undefined) return undefined;
      const edits = [
        { name: `Renamed ${c % 5}` },
        { aliases: [`Alias ${c % 5}`] },
        { note: `Note ${c % 3}` },
        { note: null },
        { externalIds: [{ scheme: 'wikidata' as const, value: `Q${1 + (c % 4)}` }] },
        { typeLabelId: pick(ofKind('entity'), c)?.id ?? 1 },
      ];
      return () => store.updateEntity(entity.id, pick(edits, b) ?? {});
    }
    case 'merge-entities': {
      const kept = pick(entities, a);
      const merged = pick(
        entities.filter((entity) => entity !== kept),
        b,
      );
      if (kept === undefined || merged === undefined) return undefined;
      return () => store.mergeEntities(kept.id, merged.id);
    }
    case 'split-mention':
      if (annotation === undefined) return undefined;
      return () =>
        store.splitMentionOff(annotation.id, { typeLabelId: pick(ofKind('entity'), b)?.id ?? 1, name: `Split ${c}` });
    case 'relate': {
      const target = pick(annotations, b);
      if (annotation === undefined || target === undefined) return undefined;
      return () =>
        store.createRelation({
          typeLabelId: pick(ofKind('relation'), c)?.id ?? 1,
          sourceAnnotationId: annotation.id,
          targetAnnotationId: target.id,
        });
    }
    case 'unrelate':
      return () => store.deleteRelation(pick(relations, a)?.id ?? 1);
    case 'note-article':
      if (article === undefined) return undefined;
      return () => store.addNote({ kind: 'article', articleId: article.id }, `Note ${b}`);
    case 'note-relation': {
      const relation = pick(relations, a);
      if (relation === undefined) return undefined;
      return () => store.addNote({ kind: 'relation', relationId: relation.id }, `Note ${b}`);
    }
    case 'edit-note':
      return () => store.updateNote(pick(notes, a)?.id ?? 1, `Edited ${b}`);
    case 'delete-note':
      return () => store.deleteNote(pick(notes, a)?.id ?? 1);
    case 'document-labels':
      if (article === undefined) return undefined;
      return () =>
        store.setDocumentLabels(
          article.id,
          ofKind('document')
            .filter((_, i) => ((b >> i) & 1) === 1)
            .map((label) => label.id),
        );
    case 'edit-text': {
      if (article === undefined) return undefined;
      const text = textOf(article.id);
      const word = pick(words(text), c);
      if (word === undefined) return undefined;
      const changes = [
        { from: word.start, to: word.end, insertedText: '' },
        { from: word.start, to: word.start, insertedText: 'neu ' },
        { from: word.start, to: word.end, insertedText: 'Wort' },
      ];
      const change = pick(changes, b) ?? { from: 0, to: 0, insertedText: '' };
      const edited = text.slice(0, change.from) + change.insertedText + text.slice(change.to);
      return () => store.editArticleText({ id: article.id, changes: [change], blocks: plainTextBlocks(edited) });
    }
    case 'reattach': {
      if (annotation === undefined) return undefined;
      const word = pick(words(textOf(annotation.articleId)), b);
      if (word === undefined) return undefined;
      return () => store.reattachAnnotation(annotation.id, [word]);
    }
    case 'undo':
      return () => store.undo();
    case 'redo':
      return () => store.redo();
    case 'trash':
      return () => store.trashArticles([article?.id ?? 1]);
    case 'restore':
      return () => store.restoreArticles([pick(store.listTrash(), a)?.id ?? 1]);
    case 'empty-trash':
      return () => store.emptyTrash();
    case 'create-article':
      return () => store.createArticle(articleInput(`Article ${a % 5}`, `Xi Jinping traf Schoigu ${b % 5} in Peking.`));
    case 'edit-article':
      if (article === undefined) return undefined;
      return () => store.updateArticle(article.id, { title: `Title ${b % 3}`, tags: [`tag ${c % 2}`] });
    case 'add-label':
      return () =>
        store.addLabel({
          kind: pick(['entity', 'document', 'relation'] as const, b) ?? 'entity',
          name: `Label ${c % 4}`,
          color: '#336699',
        });
    case 'remove-label': {
      const label = pick(labels, a);
      if (label === undefined) return undefined;
      const sameKind = labels.filter((other) => other.kind === label.kind && other.parentId === label.parentId);
      const to = pick(sameKind, b);
      return () =>
        store.removeLabel(
          label.id,
          c % 2 === 0 || to === undefined ? { kind: 'delete-annotations' } : { kind: 'reassign', toLabelId: to.id },
        );
    }
  }
}

/** A project with something of every kind to change: annotations, entities, relations, notes, labels. */
function seed(store: ProjectStore): void {
  const { id: articleId, text } = store.getArticle(
    store.createArticle(articleInput('Xi trifft Schoigu', readSeedArticle())).id,
  );
  const labels = store.listLabels();
  const person = labels.find((label) => label.kind === 'entity');
  const relationType = labels.find((label) => label.kind === 'relation');
  const documentLabel = store.addLabel({ kind: 'document', name: 'Opinion', color: '#112233' });
  if (person === undefined || relationType === undefined) {
    throw new Error('the default schema lacks a label the test needs');
  }
  const annotations = ['Xi Jinping', 'Schoigu', 'Peking'].map((name) => {
    const start = text.indexOf(name);
    const entity = store.createEntity({ typeLabelId: person.id, name, aliases: [`${name} (alias)`] });
    return store.createAnnotation({
      articleId,
      labelId: person.id,
      fragments: [{ start, end: start + name.length }],
      entityId: entity.id,
    });
  });
  const [source, target] = annotations;
  if (source === undefined || target === undefined) return;
  const relation = store.createRelation({
    typeLabelId: relationType.id,
    sourceAnnotationId: source.id,
    targetAnnotationId: target.id,
  });
  store.addNote({ kind: 'relation', relationId: relation.id }, 'On the relation');
  store.addNote({ kind: 'article', articleId }, 'On the article');
  store.setDocumentLabels(articleId, [documentLabel.id]);
}

describe('change sets over random writes', () => {
  it('always announce what re-reading the store shows changed', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        const store = ProjectStore.create(':memory:');
        try {
          seed(store);
          const recorder = recordChanges(store);
          for (const next of steps) {
            const write = writeFor(store, next);
            if (write !== undefined) checkedWrite(store, recorder, write, { resent: true });
          }
        } finally {
          store.close();
        }
      }),
      { numRuns: 40 },
    );
    // Some thousand writes, each checked by reading the whole project twice.
  }, 120_000);
});
