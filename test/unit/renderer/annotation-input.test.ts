import { describe, expect, it } from 'vitest';
import { mergeFragments } from '../../../renderer/src/annotation/fragments';
import { quoteText } from '../../../renderer/src/annotation/quote-text';
import { foldForMatch as fold } from '../../../shared/text/fold-for-match';
import { filterItems } from '../../../renderer/src/dialogs/picker-dialog';

describe('pieces of a discontinuous span', () => {
  it('are put in text order, with overlapping and touching pieces joined', () => {
    expect(
      mergeFragments([
        { start: 20, end: 25 },
        { start: 0, end: 3 },
        { start: 3, end: 5 },
        { start: 22, end: 30 },
        { start: 9, end: 9 },
      ]),
    ).toEqual([
      { start: 0, end: 5 },
      { start: 20, end: 30 },
    ]);
  });
});

describe('the picker filter', () => {
  const items = ['Xi Jinping', 'Köln', 'Präsident Xi', 'Sergei Schoigu'].map((name) => ({ value: name, label: name }));

  it('ignores case and accents, and puts names starting with the query first', () => {
    expect(fold('Köln')).toBe('koln');
    expect(filterItems(items, 'koln').map((item) => item.value)).toEqual(['Köln']);
    expect(filterItems(items, 'xi').map((item) => item.value)).toEqual(['Xi Jinping', 'Präsident Xi']);
    expect(filterItems(items, 'xi jin').map((item) => item.value)).toEqual(['Xi Jinping']);
    expect(filterItems(items, '  ').length).toBe(4);
  });

  it('matches keywords such as aliases', () => {
    const withAlias = [{ value: 1, label: 'Xi Jinping', keywords: '习近平 Präsident Xi' }];
    expect(filterItems(withAlias, '习近平')).toHaveLength(1);
  });
});

describe('how an annotation is named', () => {
  it('is its text on one line, shortened without cutting a character', () => {
    expect(quoteText({ quote: { exact: 'dass China\nund Russland' } })).toBe('dass China und Russland');
    const long = `${'a'.repeat(78)}👨‍👩‍👧xyz`;
    const shown = quoteText({ quote: { exact: long } });
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).toBe(`${'a'.repeat(78)}…`);
  });
});
