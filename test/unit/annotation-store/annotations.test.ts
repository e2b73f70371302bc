import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { ProjectStore } from '../../../main/store/project-store';
import { FRAGMENT_QUOTE_SEPARATOR } from '../../../shared/model/annotation';
import { useTempDir } from '../support/temp-dir';
import { SEED_CLAIM_TEXT } from '../support/text-span';
import { expectRefused, label, seedProject, span } from './fixtures';

const tempDir = useTempDir();

describe('annotating the seed article', () => {
  it('keeps entities, claims, overlaps and discontinuous spans across close and reopen', () => {
    const { store, path, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const location = label(store, 'entity', 'Location');
    const organisation = label(store, 'entity', 'Organisation');
    const claimLabel = label(store, 'claim', 'Claim');
    const stance = label(store, 'claim-attribute', 'stance');
    const supports = store.listLabels().find((l) => l.parentId === stance.id && l.name === 'supports');

    const xi = store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping', aliases: ['Xi'] });
    const xiMention = store.createAnnotation({
      articleId,
      labelId: person.id,
      fragments: [span(text, 'Xi Jinping')],
      entityId: xi.id,
    });
    store.createAnnotation({ articleId, labelId: location.id, fragments: [span(text, 'Peking')] });
    store.createAnnotation({ articleId, labelId: organisation.id, fragments: [span(text, 'TASS')] });
    const claim = store.createAnnotation({
      articleId,
      labelId: claimLabel.id,
      fragments: [span(text, SEED_CLAIM_TEXT)],
      claim: {
        claimantEntityId: xi.id,
        claimantAnnotationId: xiMention.id,
        aboutEntityIds: [],
        attributes: { [stance.id]: supports?.id ?? 0 },
        date: '2025-02-28',
      },
      note: 'Wörtlich wiedergegeben?',
    });
    const council = store.createAnnotation({
      articleId,
      labelId: organisation.id,
      fragments: [span(text, 'Sekretär des Sicherheitsrates der Russischen Föderation')],
    });
    const federation = store.createAnnotation({
      articleId,
      labelId: organisation.id,
      fragments: [span(text, 'Russischen Föderation')],
    });
    const discontinuous = store.createAnnotation({
      articleId,
      labelId: person.id,
      fragments: [span(text, 'Sergei'), span(text, 'Schoigu')],
    });

    expect(xiMention.quote).toEqual({
      exact: 'Xi Jinping',
      prefix: 'Der chinesische Präsident ',
      suffix: expect.stringMatching(/^ traf sich am Freitag/),
    });
    expect(claim.claim?.claimantEntityId).toBe(xi.id);
    expect(claim.note).toBe('Wörtlich wiedergegeben?');
    expect(federation.fragments[0]?.start).toBeGreaterThan(council.fragments[0]?.start ?? Infinity);
    expect(federation.fragments[0]?.end).toBe(council.fragments[0]?.end);
    expect(discontinuous.quote.exact).toBe(`Sergei${FRAGMENT_QUOTE_SEPARATOR}Schoigu`);

    const before = store.listAnnotations(articleId);
    expect(before.map((a) => a.quote.exact)).toEqual([
      'Xi Jinping',
      'Peking',
      `Sergei${FRAGMENT_QUOTE_SEPARATOR}Schoigu`,
      'Sekretär des Sicherheitsrates der Russischen Föderation',
      'Russischen Föderation',
      'dass China und Russland freundliche Nachbarn und wahre Freunde seien',
      'TASS',
    ]);
    const entitiesBefore = store.listEntities();
    store.close();

    const reopened = ProjectStore.open(path);
    expect(reopened.listAnnotations(articleId)).toEqual(before);
    expect(reopened.listEntities()).toEqual(entitiesBefore);
    expect(reopened.getAnnotation(claim.id).claim).toEqual({
      claimantEntityId: xi.id,
      claimantAnnotationId: xiMention.id,
      aboutEntityIds: [],
      attributes: { [stance.id]: supports?.id },
      date: '2025-02-28',
    });
    reopened.close();
  });

  it('changes and deletes an annotation, and a deleted mention takes its relations with it', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const claimLabel = label(store, 'claim', 'Claim');
    const saidBy = label(store, 'relation', 'said_by');
    const xi = store.createAnnotation({
      articleId,
      labelId: label(store, 'entity', 'Other').id,
      fragments: [span(text, 'Xi', 2)],
    });
    const claim = store.createAnnotation({
      articleId,
      labelId: claimLabel.id,
      fragments: [span(text, 'China und Russland freundliche Nachbarn')],
    });
    const entity = store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping' });

    const relabelled = store.updateAnnotation(xi.id, { labelId: person.id, entityId: entity.id, note: 'Kurzform' });
    expect(relabelled).toMatchObject({
      labelId: person.id,
      entityId: entity.id,
      note: 'Kurzform',
      quote: { exact: 'Xi' },
    });
    expect(store.updateAnnotation(xi.id, { note: null }).note).toBeUndefined();

    const relation = store.createRelation({
      typeLabelId: saidBy.id,
      sourceAnnotationId: claim.id,
      targetAnnotationId: xi.id,
    });
    expect(store.listRelations(articleId)).toEqual([relation]);
    expectRefused(
      () => store.updateAnnotation(claim.id, { entityId: entity.id }),
      'invalid-argument',
      /Only entity mentions link to an entity/,
    );

    expect(store.deleteAnnotations([xi.id])).toBe(1);
    expect(store.listAnnotations(articleId).map((a) => a.id)).toEqual([claim.id]);
    expect(store.listRelations(articleId)).toEqual([]);
    store.close();
  });

  it('relates annotations across articles and keeps article notes and document labels', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const other = store.createArticle(articleFromPaste({ title: 'Kreml', text: 'Wladimir Putin empfing Schoigu.' }));
    const person = label(store, 'entity', 'Person');
    const putinHere = store.createAnnotation({
      articleId,
      labelId: person.id,
      fragments: [span(text, 'Wladimir Putin')],
    });
    const putinThere = store.createAnnotation({
      articleId: other.id,
      labelId: person.id,
      fragments: [{ start: 0, end: 14 }],
    });
    const about = label(store, 'relation', 'about');
    const relation = store.createRelation({
      typeLabelId: about.id,
      sourceAnnotationId: putinHere.id,
      targetAnnotationId: putinThere.id,
    });
    expect(store.listRelations(other.id)).toEqual([relation]);
    expectRefused(
      () =>
        store.createRelation({
          typeLabelId: person.id,
          sourceAnnotationId: putinHere.id,
          targetAnnotationId: putinThere.id,
        }),
      'invalid-argument',
      /“Person” is not a relation type/,
    );

    const note = store.addNote({ kind: 'article', articleId }, 'Quelle prüfen');
    store.updateNote(note.id, 'Quelle geprüft: RT DE');
    expect(store.listNotes({ kind: 'article', articleId }).map((n) => n.text)).toEqual(['Quelle geprüft: RT DE']);
    store.deleteNote(note.id);
    expect(store.listNotes({ kind: 'article', articleId })).toEqual([]);

    const relevant = store.addLabel({ kind: 'document', name: 'relevant', color: '#1a9850' });
    expect(store.setDocumentLabels(articleId, [relevant.id])).toEqual([relevant.id]);
    expectRefused(() => store.setDocumentLabels(articleId, [person.id]), 'invalid-argument', /not a document label/);
    expect(store.documentLabels(articleId)).toEqual([relevant.id]);
    store.close();
  });
});

describe('refusing selections that are not whole characters of the text', () => {
  it('refuses out-of-range, empty, overlapping and half-emoji fragments and writes nothing', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const emoji = store.createArticle(articleFromPaste({ title: 'Emoji', text: 'Xi 🇨🇳 und Putin 🇷🇺 lachen 😀.' }));
    const flag = 'Xi 🇨🇳'.length;

    expectRefused(
      () =>
        store.createAnnotation({
          articleId,
          labelId: person.id,
          fragments: [{ start: text.length - 2, end: text.length + 5 }],
        }),
      'invalid-argument',
      new RegExp(`reaches past the end of the article, which is ${text.length} characters long`),
    );
    expectRefused(
      () => store.createAnnotation({ articleId, labelId: person.id, fragments: [{ start: 4, end: 4 }] }),
      'invalid-argument',
      /A fragment cannot be empty/,
    );
    expectRefused(
      () =>
        store.createAnnotation({
          articleId,
          labelId: person.id,
          fragments: [
            { start: 0, end: 5 },
            { start: 3, end: 8 },
          ],
        }),
      'invalid-argument',
      /in text order with text between them/,
    );
    expectRefused(
      () =>
        store.createAnnotation({ articleId: emoji.id, labelId: person.id, fragments: [{ start: 0, end: flag - 1 }] }),
      'invalid-argument',
      /cuts a character \(such as an emoji\) in half/,
    );
    expectRefused(
      () => store.createAnnotation({ articleId, labelId: person.id, fragments: [{ start: 0, end: 2 }], entityId: 999 }),
      'not-found',
      /entity to link does not exist/,
    );
    // The whole flag is fine.
    store.createAnnotation({ articleId: emoji.id, labelId: person.id, fragments: [{ start: 3, end: flag }] });

    // One bad annotation in a bulk request leaves none of the good ones behind.
    expectRefused(
      () =>
        store.createAnnotations([
          { articleId, labelId: person.id, fragments: [span(text, 'Schoigu')] },
          { articleId: emoji.id, labelId: person.id, fragments: [{ start: flag - 1, end: flag + 3 }] },
        ]),
      'invalid-argument',
      /^Annotation 2 of 2: .*cuts a character.*None were added\.$/,
    );
    expect(store.listAnnotations(articleId)).toEqual([]);
    expect(store.listAnnotations(emoji.id).map((a) => a.quote.exact)).toEqual(['🇨🇳']);
    store.close();
  });
});

describe('annotating all occurrences', () => {
  it('creates and lists 20,000 annotations in one go', () => {
    const { store, path, articleId, text } = seedProject(tempDir());
    const location = label(store, 'entity', 'Location');
    const word = /\p{L}+/gu;
    const spans = [...text.matchAll(word)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const inputs = Array.from({ length: 20_000 }, (_, i) => ({
      articleId,
      labelId: location.id,
      fragments: [spans[i % spans.length] ?? { start: 0, end: 1 }],
    }));
    expect(store.createAnnotations(inputs)).toHaveLength(20_000);
    store.close();

    const reopened = ProjectStore.open(path);
    const listed = reopened.listAnnotations(articleId);
    expect(listed).toHaveLength(20_000);
    expect(listed[0]?.quote.exact).toBe('Der');
    expect(listed.every((a) => a.quote.exact === text.slice(a.fragments[0]?.start, a.fragments[0]?.end))).toBe(true);
    reopened.close();
  });
});
