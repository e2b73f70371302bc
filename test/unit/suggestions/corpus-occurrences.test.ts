import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { label, seedProject } from '../annotation-store/fixtures';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** Occurrences as "title: quote (prefix…suffix)" lines, in the order served. */
function listed(groups: { articleTitle: string; suggestions: { quote: { exact: string } }[] }[]): string[] {
  return groups.flatMap((group) => group.suggestions.map((s) => `${group.articleTitle}: ${s.quote.exact}`));
}

describe('occurrences across the corpus', () => {
  it('lists every unannotated, unrejected occurrence of an entity by article, inflected forms included', () => {
    const { store, articleId: seedId } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person').id;
    const schoigu = store.createEntity({ typeLabelId: person, name: 'Sergei Schoigu', aliases: ['Schoigu'] });
    const add = (title: string, text: string) => store.createArticle(articleFromPaste({ title, text })).id;
    const moscow = add(
      'Moskau',
      'Verteidigungsminister Schoigus Besuch in Moskau wurde lange vorbereitet, sagte ein Sprecher am Montag.',
    );
    const english = add(
      'Briefing',
      "Sergei Schoigu's visit was announced by the ministry on Monday morning in Beijing.",
    );
    const trashed = add('Papierkorb', 'Schoigu reiste am Dienstag nach Peking und traf dort den Präsidenten Chinas.');
    add('Ohne', 'Hier kommt der Minister nicht vor, nur das Wetter und der Verkehr der Stadt am Morgen.');
    store.trashArticles([trashed]);

    const before = store.suggestions.occurrences({ entityId: schoigu.id });
    expect(before.map((group) => group.articleTitle)).toEqual(['Briefing', 'Moskau', 'Xi trifft Schoigu']);
    expect(listed(before).slice(0, 2)).toEqual(['Briefing: Sergei Schoigu', 'Moskau: Schoigus']);
    // The seed's English tweet spells him "Shoigu", which is no name of his here.
    expect(before[2]?.suggestions.map((s) => s.quote.exact)).toEqual([
      'Sergei Schoigu',
      'Schoigu',
      'Schoigu',
      'Sergei Schoigu',
      'Schoigus',
      'Schoigus',
    ]);
    expect(before[1]?.suggestions[0]).toMatchObject({
      articleId: moscow,
      entity: { kind: 'existing', entityIds: [schoigu.id] },
      form: 'inflected',
      quote: { prefix: 'Verteidigungsminister ', suffix: expect.stringContaining(' Besuch') as string },
    });

    // Annotated and rejected occurrences drop out.
    const [inEnglish] = before[0]?.suggestions ?? [];
    const [firstInSeed] = before[2]?.suggestions ?? [];
    if (inEnglish === undefined || firstInSeed === undefined) throw new Error('missing occurrences');
    store.suggestions.accept([{ suggestion: inEnglish }]);
    store.suggestions.reject([firstInSeed]);
    const after = store.suggestions.occurrences({ entityId: schoigu.id });
    expect(after.map((group) => group.articleTitle)).toEqual(['Moskau', 'Xi trifft Schoigu']);
    expect(after[1]?.suggestions).toHaveLength((before[2]?.suggestions.length ?? 0) - 1);
    expect(store.listAnnotations(english)).toHaveLength(1);
    expect(store.listAnnotations(seedId)).toEqual([]);
  });

  it('finds a selected text with a label, proposing a new entity or the one already named so', () => {
    const { store } = seedProject(tempDir());
    const place = label(store, 'entity', 'Location').id;
    const groups = store.suggestions.occurrences({ text: 'Peking', labelId: place });
    expect(groups[0]?.suggestions[0]?.entity).toEqual({
      kind: 'new',
      draft: { typeLabelId: place, name: 'Peking', aliases: [], externalIds: [] },
    });
    const peking = store.createEntity({ typeLabelId: place, name: 'Beijing', aliases: ['Peking'] });
    const again = store.suggestions.occurrences({ text: 'Peking', labelId: place });
    expect(again[0]?.suggestions[0]?.entity).toEqual({ kind: 'existing', entityIds: [peking.id] });
    expect(listed(again).every((line) => line.endsWith(': Peking'))).toBe(true);
  });

  it('finds names written without spaces (Chinese) that the full-text index keeps inside longer tokens', () => {
    const { store } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person').id;
    const wang = store.createEntity({ typeLabelId: person, name: '王毅' });
    store.createArticle(
      articleFromPaste({ title: '外长', text: '外长王毅说，中方愿同俄方加强合作。王毅还表示欢迎。' }),
    );
    expect(listed(store.suggestions.occurrences({ entityId: wang.id }))).toEqual(['外长: 王毅', '外长: 王毅']);
  });
});
