import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { useTempDir } from '../support/temp-dir';
import { expectRefused, label, seedProject, span } from './fixtures';

const tempDir = useTempDir();

describe('the entity registry', () => {
  it('proposes existing entities for a mention by name or alias, ignoring case and accents', () => {
    const { store } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const location = label(store, 'entity', 'Location');
    const xi = store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping', aliases: ['Xi'] });
    const shoigu = store.createEntity({
      typeLabelId: person.id,
      name: 'Sergei Schoigu',
      aliases: ['Sergej Šojgu', 'Shoigu'],
    });
    store.createEntity({
      typeLabelId: location.id,
      name: 'Peking',
      aliases: ['Beijing'],
      externalIds: [{ scheme: 'wikidata', value: 'Q956' }],
    });

    expect(store.findEntityCandidates('xi').map((c) => [c.entity.name, c.matched])).toEqual([['Xi Jinping', 'Xi']]);
    expect(store.findEntityCandidates('JINP').map((c) => c.entity.id)).toEqual([xi.id]);
    expect(store.findEntityCandidates('sojgu').map((c) => [c.entity.id, c.matched])).toEqual([
      [shoigu.id, 'Sergej Šojgu'],
    ]);
    expect(store.findEntityCandidates('beij').map((c) => c.entity.externalIds)).toEqual([
      [{ scheme: 'wikidata', value: 'Q956' }],
    ]);
    expect(store.findEntityCandidates('beij', { typeLabelId: person.id })).toEqual([]);
    expect(store.findEntityCandidates('ping')).toEqual([]);
    expectRefused(
      () =>
        store.createEntity({
          typeLabelId: location.id,
          name: 'Moskau',
          externalIds: [{ scheme: 'wikidata', value: 'Moskau' }],
        }),
      'invalid-argument',
      /Use a Wikidata item id such as Q567/,
    );
    expectRefused(
      () => store.createEntity({ typeLabelId: label(store, 'claim', 'Claim').id, name: 'Moskau' }),
      'invalid-argument',
      /“Claim” is not an entity type/,
    );
    store.close();
  });

  it('counts and lists mentions across articles, leaving the trash out', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const second = store.createArticle(
      articleFromPaste({ title: 'Besuch in Moskau', text: 'Präsident Xi reist nach Moskau.' }),
    );
    const trashed = store.createArticle(articleFromPaste({ title: 'Alt', text: 'Xi sprach.' }));
    const xi = store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping', aliases: ['Xi'] });
    store.createAnnotations([
      { articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')], entityId: xi.id },
      { articleId, labelId: person.id, fragments: [span(text, 'Präsident Xi', 2)], entityId: xi.id },
      { articleId: second.id, labelId: person.id, fragments: [{ start: 10, end: 12 }], entityId: xi.id },
      { articleId: trashed.id, labelId: person.id, fragments: [{ start: 0, end: 2 }], entityId: xi.id },
    ]);
    store.trashArticles([trashed.id]);

    expect(store.listEntities()).toEqual([{ ...xi, mentionCount: 3, articleCount: 2 }]);
    const mentions = store.entityMentions(xi.id);
    expect(mentions.map((m) => [m.articleTitle, m.quote.exact])).toEqual([
      ['Besuch in Moskau', 'Xi'],
      ['Xi trifft Schoigu', 'Xi Jinping'],
      ['Xi trifft Schoigu', 'Präsident Xi'],
    ]);
    expect(mentions[0]).toMatchObject({
      articleId: second.id,
      fragments: [{ start: 10, end: 12 }],
      quote: { prefix: 'Präsident ' },
    });
    store.close();
  });

  it('merges two entities with their mentions, claims and aliases, and splits a mention off again', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const claimLabel = label(store, 'claim', 'Claim');
    const shoigu = store.createEntity({
      typeLabelId: person.id,
      name: 'Sergei Schoigu',
      aliases: ['Schoigu'],
      note: 'Sicherheitsrat',
    });
    const duplicate = store.createEntity({
      typeLabelId: person.id,
      name: 'Sergei Shoigu',
      aliases: ['Schoigu', 'Shoigu'],
      externalIds: [{ scheme: 'wikidata', value: 'Q313055' }],
    });
    const [first, second] = store.createAnnotations([
      { articleId, labelId: person.id, fragments: [span(text, 'Sergei Schoigu')], entityId: shoigu.id },
      { articleId, labelId: person.id, fragments: [span(text, 'Sergei Shoigu')], entityId: duplicate.id },
    ]);
    const claim = store.createAnnotation({
      articleId,
      labelId: claimLabel.id,
      fragments: [span(text, 'Sekretär des russischen Sicherheitsrates am Freitag in Peking eingetroffen')],
      claim: { claimantEntityId: duplicate.id, aboutEntityIds: [shoigu.id, duplicate.id], attributes: {} },
    });

    const merged = store.mergeEntities(shoigu.id, duplicate.id);
    expect(merged).toEqual({
      id: shoigu.id,
      typeLabelId: person.id,
      name: 'Sergei Schoigu',
      aliases: ['Schoigu', 'Sergei Shoigu', 'Shoigu'],
      externalIds: [{ scheme: 'wikidata', value: 'Q313055' }],
      note: 'Sicherheitsrat',
    });
    expect(store.entityMentions(shoigu.id).map((m) => m.annotationId)).toEqual([first?.id, second?.id]);
    expect(store.getAnnotation(claim.id).claim).toMatchObject({
      claimantEntityId: shoigu.id,
      aboutEntityIds: [shoigu.id],
    });
    expectRefused(() => store.getEntity(duplicate.id), 'not-found', /may have been merged/);
    expect(store.listEntities().map((e) => e.name)).toEqual(['Sergei Schoigu']);

    const split = store.splitMentionOff(second?.id ?? 0, { typeLabelId: person.id, name: 'Sergei Shoigu (EN)' });
    expect(store.getAnnotation(second?.id ?? 0).entityId).toBe(split.id);
    expect(store.entityMentions(shoigu.id).map((m) => m.annotationId)).toEqual([first?.id]);
    expect(store.entityMentions(split.id).map((m) => m.quote.exact)).toEqual(['Sergei Shoigu']);
    expectRefused(() => store.mergeEntities(split.id, split.id), 'invalid-argument', /merged with itself/);
    store.close();
  });
});
