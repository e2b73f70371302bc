import { describe, expect, it } from 'vitest';
import { ArticleTextBuilder } from '../../../main/library/import/text-builder';

describe('ArticleTextBuilder', () => {
  it('separates blocks with one line break that belongs to no block, and drops empty blocks', () => {
    const builder = new ArticleTextBuilder('a.html');
    builder.startBlock('heading', 1);
    builder.append('Titel');
    builder.startBlock('paragraph');
    builder.startBlock('blockquote');
    builder.append('Zitat');
    const { text, blocks } = builder.build();
    expect(text).toBe('Titel\nZitat');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, start: 0, end: 5 },
      { kind: 'blockquote', start: 6, end: 11 },
    ]);
  });

  it('splits a link that spans blocks into one link per block', () => {
    const builder = new ArticleTextBuilder('a.html');
    builder.startLink('https://example.org/');
    builder.append('eins');
    builder.startBlock('paragraph');
    builder.append('zwei');
    builder.endLink();
    const { links } = builder.build();
    expect(links).toEqual([
      { start: 0, end: 4, href: 'https://example.org/' },
      { start: 5, end: 9, href: 'https://example.org/' },
    ]);
  });

  it('normalises to NFC and moves offsets with it, also when an accent follows a link', () => {
    const builder = new ArticleTextBuilder('a.html');
    builder.append('Cafe\u0301 und ');
    builder.startLink('https://example.org/');
    builder.append('Ko');
    builder.endLink();
    builder.append('\u0308ln');
    const { text, blocks, links } = builder.build();
    expect(text).toBe('Café und Köln');
    expect(blocks).toEqual([{ kind: 'paragraph', start: 0, end: 13 }]);
    // The umlaut joins the link's last letter, so the link grows to cover the whole "ö".
    expect(links).toEqual([{ start: 9, end: 11, href: 'https://example.org/' }]);
    expect(text.slice(9, 11)).toBe('Kö');
  });

  it('refuses text beyond the article limit with the file name', () => {
    const builder = new ArticleTextBuilder('gross.html');
    const chunk = 'x'.repeat(1024 * 1024);
    expect(() => {
      for (let i = 0; i < 40; i++) builder.append(chunk);
    }).toThrow(/"gross\.html" contains more text than one article can hold/);
  });
});
