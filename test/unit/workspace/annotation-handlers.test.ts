import { describe, expect, it } from 'vitest';
import { decodeAnnotationColumns } from '../../../shared/annotation-columns/decode-annotation-columns';
import type { CallName } from '../../../shared/ipc/call-names';
import { FRAGMENT_QUOTE_SEPARATOR } from '../../../shared/model/annotation';
import { readSeedArticle } from '../support/seed-article';
import { SEED_CLAIM_TEXT, span } from '../support/text-span';
import { useTempDir } from '../support/temp-dir';
import { openDispatchedWorkbench } from './support/dispatched-workbench';

const tempDir = useTempDir();

const openWorkbench = () => openDispatchedWorkbench(tempDir());

describe('annotation calls over the IPC contract', () => {
  it('reads ahead the annotations with a piece in a range, as the first screens of a long article', async () => {
    const { call, label, article, close } = await openWorkbench();
    const text = 'Xi 👋 traf Scholz in Berlin; später sprach Macron in Paris.';
    const shown = await article('Treffen', text);
    const person = await label('entity', 'Person');
    const place = await label('entity', 'Location');
    const annotate = (labelId: number, ...phrases: string[]) =>
      call('annotation.create', { articleId: shown.id, labelId, fragments: phrases.map((p) => span(text, p)) });
    const xi = await annotate(person.id, 'Xi');
    const scholz = await annotate(person.id, 'Scholz');
    // Discontinuous: only its second piece lies in the range below.
    const meeting = await annotate(place.id, 'traf', 'Berlin');
    await annotate(person.id, 'Macron');
    await annotate(place.id, 'Paris');

    const within = { start: span(text, 'Scholz').start, end: span(text, 'Macron').start };
    const ahead = decodeAnnotationColumns(await call('annotation.columns', { articleId: shown.id, within }));
    // In text order, by their first pieces, and whole.
    expect(ahead.annotations.map((a) => a.id)).toEqual([meeting.id, scholz.id]);
    expect(ahead.annotations[0]?.fragments).toEqual([span(text, 'traf'), span(text, 'Berlin')]);
    // Half-open: a range that ends where "Xi" would start, or starts where it ends, has none of it.
    const beforeXi = await call('annotation.columns', { articleId: shown.id, within: { start: 2, end: 3 } });
    expect(decodeAnnotationColumns(beforeXi).annotations.map((a) => a.id)).not.toContain(xi.id);
    await expect(call('annotation.columns', { articleId: shown.id, within: { start: 5, end: 5 } })).rejects.toThrow(
      /Invalid request/,
    );
    await close();
  });

  it('annotates the seed article: entities, a claim with its claimant, overlaps, relations and notes', async () => {
    const { call, label, article, close } = await openWorkbench();
    const seed = await article('Xi trifft Schoigu', readSeedArticle());
    const person = await label('entity', 'Person');
    const location = await label('entity', 'Location');
    const organisation = await label('entity', 'Organisation');
    const claimLabel = await label('claim', 'Claim');
    const stance = await label('claim-attribute', 'stance');
    const supports = (await call('schema.labels', undefined)).find(
      (l) => l.parentId === stance.id && l.name === 'supports',
    );

    const xi = await call('entity.create', { typeLabelId: person.id, name: 'Xi Jinping', aliases: ['Xi'] });
    expect(xi).toEqual({
      id: xi.id,
      typeLabelId: person.id,
      name: 'Xi Jinping',
      aliases: ['Xi'],
      externalIds: [],
      createdAt: expect.any(String) as string,
      updatedAt: xi.createdAt,
    });
    const xiMention = await call('annotation.create', {
      articleId: seed.id,
      labelId: person.id,
      fragments: [span(seed.text, 'Xi Jinping')],
      entityId: xi.id,
    });
    expect(xiMention).toMatchObject({ entityId: xi.id, orphaned: false, quote: { exact: 'Xi Jinping' } });
    expect(xiMention.quote.prefix).toBe('Der chinesische Präsident ');

    // The other annotations arrive in one all-or-nothing request, as "annotate all" would send them.
    const created = await call('annotation.createMany', {
      annotations: [
        { articleId: seed.id, labelId: location.id, fragments: [span(seed.text, 'Peking')] },
        { articleId: seed.id, labelId: organisation.id, fragments: [span(seed.text, 'TASS')] },
        {
          articleId: seed.id,
          labelId: organisation.id,
          fragments: [span(seed.text, 'Sekretär des Sicherheitsrates der Russischen Föderation')],
        },
        { articleId: seed.id, labelId: organisation.id, fragments: [span(seed.text, 'Russischen Föderation')] },
        { articleId: seed.id, labelId: person.id, fragments: [span(seed.text, 'Sergei'), span(seed.text, 'Schoigu')] },
      ],
    });
    // They come back in text order, not in the order sent.
    const [peking, sergeiSchoigu, council, federation, tass] = created;
    expect(peking?.quote.exact).toBe('Peking');
    expect(tass?.quote.exact).toBe('TASS');
    expect(sergeiSchoigu?.quote.exact).toBe(`Sergei${FRAGMENT_QUOTE_SEPARATOR}Schoigu`);
    // Overlapping spans: the federation lies inside the council's title.
    expect(federation?.fragments[0]?.start).toBeGreaterThan(council?.fragments[0]?.start ?? Infinity);
    expect(federation?.fragments[0]?.end).toBe(council?.fragments[0]?.end);

    const claim = await call('annotation.create', {
      articleId: seed.id,
      labelId: claimLabel.id,
      fragments: [span(seed.text, SEED_CLAIM_TEXT)],
      claim: {
        claimantEntityId: xi.id,
        claimantAnnotationId: xiMention.id,
        aboutEntityIds: [],
        attributes: { [stance.id]: supports?.id ?? 0 },
        date: '2025-02-28',
      },
      note: 'Wörtlich wiedergegeben?',
    });
    expect(claim.claim).toEqual({
      claimantEntityId: xi.id,
      claimantAnnotationId: xiMention.id,
      aboutEntityIds: [],
      attributes: { [stance.id]: supports?.id },
      date: '2025-02-28',
    });

    const listed = await call('annotation.list', { articleId: seed.id });
    // What opening the article reads: the same annotations, as binary columns through the worker and main.
    const columns = await call('annotation.columns', { articleId: seed.id });
    expect(decodeAnnotationColumns(columns)).toEqual({
      articleId: seed.id,
      annotations: listed.map((annotation) => ({ ...annotation, quote: { exact: annotation.quote.exact } })),
    });
    expect(listed.map((a) => a.quote.exact)).toEqual([
      'Xi Jinping',
      'Peking',
      `Sergei${FRAGMENT_QUOTE_SEPARATOR}Schoigu`,
      'Sekretär des Sicherheitsrates der Russischen Föderation',
      'Russischen Föderation',
      SEED_CLAIM_TEXT,
      'TASS',
    ]);
    const starts = listed.map((a) => a.fragments[0]?.start ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    const candidates = await call('entity.candidates', { query: 'xi', typeLabelId: person.id });
    expect(candidates.map((c) => c.entity.id)).toEqual([xi.id]);
    expect(await call('entity.candidates', { query: '' })).toEqual([]);

    // The claim is said by Xi; deleting his mention takes the relation with it.
    const saidBy = await label('relation', 'said_by');
    const relation = await call('relation.create', {
      typeLabelId: saidBy.id,
      sourceAnnotationId: claim.id,
      targetAnnotationId: xiMention.id,
    });
    expect(await call('relation.list', { articleId: seed.id })).toEqual([relation]);
    const relationNote = await call('note.add', {
      target: { kind: 'relation', relationId: relation.id },
      text: 'Laut TASS',
    });
    expect(await call('note.list', { target: { kind: 'relation', relationId: relation.id } })).toEqual([relationNote]);

    const articleNote = await call('note.add', { target: { kind: 'article', articleId: seed.id }, text: ' Prüfen ' });
    expect(articleNote.text).toBe('Prüfen');
    expect(await call('note.update', { id: articleNote.id, text: 'Geprüft' })).toBeNull();
    expect(await call('note.list', { target: { kind: 'article', articleId: seed.id } })).toEqual([
      { ...articleNote, text: 'Geprüft', updatedAt: expect.any(String) as string },
    ]);
    expect(await call('note.delete', { id: articleNote.id })).toBeNull();
    expect(await call('note.list', { target: { kind: 'article', articleId: seed.id } })).toEqual([]);

    const relabelled = await call('annotation.update', {
      id: tass?.id ?? 0,
      edit: { labelId: location.id, note: 'Eigentlich eine Agentur' },
    });
    expect(relabelled).toMatchObject({ labelId: location.id, note: 'Eigentlich eine Agentur' });
    expect((await call('annotation.update', { id: relabelled.id, edit: { note: null } })).note).toBeUndefined();

    expect(await call('annotation.delete', { ids: [xiMention.id, tass?.id ?? 0] })).toEqual({ count: 2 });
    expect(await call('relation.list', { articleId: seed.id })).toEqual([]);
    expect((await call('annotation.list', { articleId: seed.id })).map((a) => a.id)).not.toContain(xiMention.id);

    const secondRelation = await call('relation.create', {
      typeLabelId: saidBy.id,
      sourceAnnotationId: claim.id,
      targetAnnotationId: sergeiSchoigu?.id ?? 0,
    });
    expect(await call('relation.delete', { id: secondRelation.id })).toBeNull();
    await close();
  });

  it('lists an entity’s mentions across two articles, merges a duplicate and splits a mention off', async () => {
    const { call, refused, label, article, close } = await openWorkbench();
    const seed = await article('Xi trifft Schoigu', readSeedArticle());
    const other = await article('Staatsbesuch', 'Präsident Xi Jinping reist im Mai nach Moskau.');
    const person = await label('entity', 'Person');

    const xi = await call('entity.create', { typeLabelId: person.id, name: 'Xi Jinping' });
    const duplicate = await call('entity.create', {
      typeLabelId: person.id,
      name: 'Präsident Xi',
      externalIds: [{ scheme: 'wikidata', value: 'Q15031' }],
    });
    const inSeed = await call('annotation.create', {
      articleId: seed.id,
      labelId: person.id,
      fragments: [span(seed.text, 'Xi Jinping')],
      entityId: xi.id,
    });
    const inOther = await call('annotation.create', {
      articleId: other.id,
      labelId: person.id,
      fragments: [span(other.text, 'Xi Jinping')],
      entityId: duplicate.id,
    });
    expect((await call('entity.mentions', { id: xi.id })).map((m) => m.articleTitle)).toEqual(['Xi trifft Schoigu']);

    const merged = await call('entity.merge', { keptId: xi.id, mergedId: duplicate.id });
    expect(merged).toMatchObject({ id: xi.id, aliases: ['Präsident Xi'], externalIds: [{ value: 'Q15031' }] });
    const mentions = await call('entity.mentions', { id: xi.id });
    expect(mentions.map((m) => [m.annotationId, m.articleId, m.articleTitle, m.quote.exact])).toEqual(
      expect.arrayContaining([
        [inSeed.id, seed.id, 'Xi trifft Schoigu', 'Xi Jinping'],
        [inOther.id, other.id, 'Staatsbesuch', 'Xi Jinping'],
      ]),
    );
    expect(mentions).toHaveLength(2);
    expect((await call('entity.list', undefined)).find((e) => e.id === xi.id)).toMatchObject({
      mentionCount: 2,
      articleCount: 2,
    });
    expect((await refused('entity.get', { id: duplicate.id })).code).toBe('not-found');

    const split = await call('entity.splitMention', {
      annotationId: inOther.id,
      entity: { typeLabelId: person.id, name: 'Xi Jinping (Doppelgänger)' },
    });
    expect((await call('entity.mentions', { id: split.id })).map((m) => m.annotationId)).toEqual([inOther.id]);
    expect((await call('entity.mentions', { id: xi.id })).map((m) => m.annotationId)).toEqual([inSeed.id]);

    const renamed = await call('entity.update', { id: split.id, edit: { name: 'Xi (anderer)', note: 'Prüfen' } });
    expect(renamed).toMatchObject({ name: 'Xi (anderer)', note: 'Prüfen' });
    expect(await call('entity.get', { id: split.id })).toEqual(renamed);
    await close();
  });

  it('edits the annotation schema and an article’s document labels', async () => {
    const { call, refused, label, article, close } = await openWorkbench();
    const seed = await article('Xi trifft Schoigu', readSeedArticle());
    const exported = await call('schema.export', undefined);
    expect(exported.claim.name).toBe('Claim');

    const opinion = await call('schema.addLabel', { kind: 'document', name: 'Kommentar', color: '#123456' });
    const report = await call('schema.addLabel', { kind: 'document', name: 'Bericht', color: '#654321' });
    expect(await call('article.setDocumentLabels', { articleId: seed.id, labelIds: [report.id, opinion.id] })).toEqual([
      opinion.id,
      report.id,
    ]);
    expect(await call('article.documentLabels', { articleId: seed.id })).toEqual([opinion.id, report.id]);
    expect(await call('schema.labelUsage', { id: opinion.id })).toEqual({
      annotations: 0,
      entities: 0,
      relations: 0,
      articles: 1,
      claimAttributes: 0,
      layerAnnotations: 0,
    });

    const edited = await call('schema.updateLabel', {
      id: opinion.id,
      edit: { name: 'Meinung', color: '#abcdef', hotkey: 'm' },
    });
    expect(edited).toMatchObject({ name: 'Meinung', color: '#abcdef', hotkey: 'm' });
    // Taking Person's key fails as a whole: the new name is not kept either.
    const person = await label('entity', 'Person');
    const clash = await refused('schema.updateLabel', {
      id: opinion.id,
      edit: { name: 'Glosse', hotkey: person.hotkey },
    });
    expect(clash.code).toBe('invalid-argument');
    expect((await call('schema.labels', undefined)).find((l) => l.id === opinion.id)).toEqual(edited);

    expect(await call('schema.removeLabel', { id: opinion.id, decision: { kind: 'delete-annotations' } })).toBeNull();
    expect(await call('article.documentLabels', { articleId: seed.id })).toEqual([report.id]);

    // Importing a schema file holding what the project has adds only what is missing.
    expect(await call('schema.import', { schema: exported })).toEqual({ count: 0 });
    const withExtra = { ...exported, documentLabels: [{ name: 'Satire', color: '#000000' }] };
    expect(await call('schema.import', { schema: withExtra })).toEqual({ count: 1 });
    expect((await call('schema.export', undefined)).documentLabels.map((l) => l.name)).toEqual(['Bericht', 'Satire']);
    await close();
  });

  it('exports the schema while a new claim attribute has no values yet, as a file that imports again', async () => {
    const { call, close } = await openWorkbench();
    await call('schema.addLabel', { kind: 'claim-attribute', name: 'Quelle', color: '#123456' });
    const exported = await call('schema.export', undefined);
    expect(exported.claimAttributes.at(-1)).toEqual({ name: 'Quelle', color: '#123456', values: [] });
    expect(await call('schema.import', { schema: exported })).toEqual({ count: 0 });
    await close();

    const other = await openWorkbench();
    expect(await other.call('schema.import', { schema: exported })).toEqual({ count: 1 });
    expect(await other.label('claim-attribute', 'Quelle')).toMatchObject({ parentId: null, color: '#123456' });
    await other.close();
  });

  it('refuses invalid requests before they reach the store, and store refusals keep their code', async () => {
    const { call, refused, label, article, close } = await openWorkbench();
    const seed = await article('Xi trifft Schoigu', readSeedArticle());
    const person = await label('entity', 'Person');
    const xi = span(seed.text, 'Xi Jinping');

    const invalid: [CallName, unknown][] = [
      ['annotation.list', { articleId: 0 }],
      ['annotation.list', { id: seed.id }],
      ['annotation.create', { articleId: seed.id, labelId: person.id, fragments: [] }],
      ['annotation.create', { articleId: seed.id, labelId: person.id, fragments: [{ start: 5, end: 5 }] }],
      [
        'annotation.create',
        { articleId: seed.id, labelId: person.id, fragments: [span(seed.text, 'Schoigu'), span(seed.text, 'Sergei')] },
      ],
      ['annotation.create', { articleId: seed.id, labelId: person.id, fragments: [xi], quote: { exact: 'x' } }],
      ['annotation.createMany', { annotations: [] }],
      ['annotation.update', { id: 1, edit: { fragments: [xi] } }],
      ['annotation.delete', { ids: [] }],
      ['annotation.delete', { ids: [1.5] }],
      ['entity.create', { typeLabelId: person.id, name: 'Xi\nJinping' }],
      ['entity.create', { typeLabelId: person.id, name: 'Xi', aliases: ['A', 'A'] }],
      ['entity.create', { typeLabelId: person.id, name: 'Xi', externalIds: [{ scheme: 'wikidata', value: 'xyz' }] }],
      ['entity.merge', { keptId: 3, mergedId: 3 }],
      ['entity.candidates', { query: 'xi', limit: 1000 }],
      ['entity.candidates', { query: 'x'.repeat(501) }],
      ['relation.create', { typeLabelId: 1, sourceAnnotationId: 2, targetAnnotationId: 2 }],
      ['note.add', { target: { kind: 'annotation', annotationId: 1 }, text: 'Notiz' }],
      ['note.add', { target: { kind: 'article', articleId: seed.id }, text: '   ' }],
      ['note.update', { id: 1, text: 'x'.repeat(20_001) }],
      ['schema.addLabel', { kind: 'entity', name: 'Partei', color: 'red' }],
      ['schema.addLabel', { kind: 'widget', name: 'Partei', color: '#ff0000' }],
      ['schema.updateLabel', { id: person.id, edit: {} }],
      ['schema.updateLabel', { id: person.id, edit: { hotkey: 'F1' } }],
      ['schema.removeLabel', { id: person.id }],
      ['schema.removeLabel', { id: person.id, decision: { kind: 'reassign' } }],
      ['schema.import', { schema: { entityTypes: [] } }],
      ['schema.labels', {}],
      ['article.setDocumentLabels', { articleId: seed.id, labelIds: Array.from({ length: 201 }, (_, i) => i + 1) }],
    ];
    for (const [name, payload] of invalid) {
      expect({ name, payload, error: (await refused(name, payload)).code }).toEqual({
        name,
        payload,
        error: 'invalid-argument',
      });
    }

    // Well-formed requests the store turns down keep a user-facing code rather than failing internally.
    const outside = { start: seed.text.length, end: seed.text.length + 3 };
    expect(
      (await refused('annotation.create', { articleId: seed.id, labelId: person.id, fragments: [outside] })).code,
    ).toBe('invalid-argument');
    expect((await refused('entity.get', { id: 999 })).code).toBe('not-found');
    const claimLabel = await label('claim', 'Claim');
    const entity = await call('entity.create', { typeLabelId: person.id, name: 'Xi Jinping' });
    expect(
      (
        await refused('annotation.create', {
          articleId: seed.id,
          labelId: claimLabel.id,
          fragments: [xi],
          entityId: entity.id,
        })
      ).code,
    ).toBe('invalid-argument');
    expect((await refused('note.delete', { id: 12345 })).code).toBe('not-found');
    await close();
  });
});
