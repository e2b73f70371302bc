import { describe, expect, it } from 'vitest';
import { counted, pluralWord } from '../../../renderer/src/text/plural';

describe('counts with a noun', () => {
  it('use the singular for one and the plural for everything else, zero and fractions included', () => {
    expect(counted(1, 'mention', 'mentions', 'en')).toBe('1 mention');
    expect(counted(0, 'mention', 'mentions', 'en')).toBe('0 mentions');
    expect(counted(2, 'entity', 'entities', 'en')).toBe('2 entities');
    expect(counted(1.5, 'page', 'pages', 'en')).toBe('1.5 pages');
    expect(pluralWord(1, 'file was', 'files were')).toBe('file was');
    expect(pluralWord(3, 'file was', 'files were')).toBe('files were');
  });

  it('write the number in the locale’s digits and grouping, the words staying English', () => {
    expect(counted(1204, 'article', 'articles', 'en')).toBe('1,204 articles');
    expect(counted(1204, 'article', 'articles', 'de')).toBe('1.204 articles');
    expect(counted(1, 'article', 'articles', 'fr')).toBe('1 article');
  });
});
