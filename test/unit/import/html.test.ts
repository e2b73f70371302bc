import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/library/import/import-file';
import type { ImportedArticle } from '../../../main/library/import/imported-article';
import { encodeLegacy } from './fixtures/legacy-encoder';
import { SEED_AUTHOR, SEED_HEADLINE, SEED_SITE, SEED_URL, seedParts } from './fixtures/seed-paragraphs';
import { seedPage } from './fixtures/seed-page';

const utf8 = (text: string) => new TextEncoder().encode(text);
const blockTexts = (article: ImportedArticle) =>
  article.blocks.map((block) => [block.kind, article.text.slice(block.start, block.end), block.level]);
const linkTexts = (article: ImportedArticle) =>
  article.links.map((link) => [article.text.slice(link.start, link.end), link.href]);

function page(body: string, head = ''): Uint8Array {
  return utf8(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
}

describe('importing a saved web page', () => {
  it('keeps headline, byline and article text and drops navigation, cookie banner, sidebar and footer', async () => {
    const article = await importFile(utf8(seedPage()), 'schoigu.html');
    const { lines } = seedParts();
    expect(article.text).toBe([SEED_HEADLINE, `Von ${SEED_AUTHOR}`, ...lines].join('\n'));
    for (const furniture of ['Cookies', 'Alle akzeptieren', 'Startseite', 'Meistgelesen', 'Impressum', 'Rechte']) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it('reads title, author, source, date, address and language from the page metadata', async () => {
    const article = await importFile(utf8(seedPage()), 'schoigu.html');
    expect(article.title).toBe(SEED_HEADLINE);
    expect(article.metadata).toEqual({
      title: SEED_HEADLINE,
      author: SEED_AUTHOR,
      source: SEED_SITE,
      publishedAt: '2025-02-28T17:30:00.000Z',
      url: SEED_URL,
      language: 'de',
    });
    expect(article.original).toMatchObject({ type: 'text/html', encoding: 'utf-8', name: 'schoigu.html' });
  });

  it('marks the headline as a heading and the embedded tweet as a quote', async () => {
    const article = await importFile(utf8(seedPage()), 'schoigu.html');
    const [tweet, attribution] = seedParts().tweet;
    const blocks = blockTexts(article);
    expect(blocks[0]).toEqual(['heading', SEED_HEADLINE, 1]);
    expect(blocks).toContainEqual(['blockquote', tweet, undefined]);
    expect(blocks).toContainEqual(['blockquote', attribution, undefined]);
    expect(blocks.filter(([kind]) => kind === 'paragraph')).toHaveLength(seedParts().lines.length - 2 + 1);
  });

  it('keeps links as text with their target, resolving relative ones against the page address', async () => {
    const article = await importFile(utf8(seedPage()), 'schoigu.html');
    expect(linkTexts(article)).toEqual([
      [SEED_AUTHOR, 'https://news.example.org/autoren/anna-beispiel'],
      ['China', 'https://twitter.com/hashtag/China?src=hash'],
      ['Russia', 'https://twitter.com/hashtag/Russia?src=hash'],
      ['pic.twitter.com/5TSGau8d0L', 'https://t.co/5TSGau8d0L'],
      ['February 28, 2025', 'https://twitter.com/globaltimesnews/status/1895425012345678901?ref_src=twsrc%5Etfw'],
      [
        'Lawrow besucht Teheran – Iran wird sich im Atomstreit nicht dem Druck der USA beugen',
        'https://news.example.org/international/lawrow-teheran',
      ],
    ]);
  });

  it('collapses whitespace like a browser and decodes character references', async () => {
    const article = await importFile(
      page('<p>  Zwei\n   Zeilen,\t<b>fett</b>und&nbsp;mehr &amp; &#8222;Zitat&#8220; &hellip;  </p><p>\n\n</p>'),
      'spaces.html',
    );
    expect(article.text).toBe('Zwei Zeilen, fettund\u00A0mehr & „Zitat“ …');
    expect(article.blocks).toEqual([{ kind: 'paragraph', start: 0, end: article.text.length }]);
  });

  it('turns headings, nested lists, preformatted text, line breaks and images into blocks', async () => {
    const article = await importFile(
      page(`<h2>Chronik</h2>
        <ul><li>Erstens<ul><li>Unterpunkt</li></ul></li><li>Zweitens</li></ul>
        <pre>\nzeile 1\n  eingerückt</pre>
        <p>Zeile eins<br>Zeile zwei</p>
        <figure><img src="https://cdn.example.org/foto.jpg" alt="Xi und Schoigu in Peking"><figcaption>Foto: Agentur</figcaption></figure>
        <p><img src="chart.png"></p>`),
      'structure.html',
    );
    expect(blockTexts(article)).toEqual([
      ['heading', 'Chronik', 2],
      ['list-item', 'Erstens', 1],
      ['list-item', 'Unterpunkt', 2],
      ['list-item', 'Zweitens', 1],
      ['preformatted', 'zeile 1\n  eingerückt', undefined],
      ['paragraph', 'Zeile eins', undefined],
      ['paragraph', 'Zeile zwei', undefined],
      ['figure', 'Xi und Schoigu in Peking', undefined],
      ['figure', 'Foto: Agentur', undefined],
      ['figure', 'Image', undefined],
    ]);
  });

  it('reads the whole page, without navigation, when Readability finds no article in it', async () => {
    // Markup outside <body> (as in carelessly saved pages) leaves Readability an empty body.
    const bytes = utf8(
      '<html><head><title>Kurz</title></head><nav><a href="/">Start</a></nav><p>Nur ein Satz.</p></html>',
    );
    const article = await importFile(bytes, 'short.html');
    expect(article.text).toBe('Nur ein Satz.');
  });

  it('decodes a legacy-encoded page by its meta charset', async () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Новости</title></head><body><p>Президент России провёл встречу в Кремле.</p></body></html>';
    const article = await importFile(encodeLegacy(html, 'windows-1251'), 'novosti.htm');
    expect(article.text).toContain('Президент России провёл встречу в Кремле.');
    expect(article.title).toBe('Новости');
    expect(article.original.encoding).toBe('windows-1251');
  });

  it('falls back to JSON-LD and <time datetime> for metadata the meta tags do not give', async () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Beispiel' },
        {
          '@type': 'NewsArticle',
          headline: 'Schlagzeile aus JSON-LD',
          author: [{ '@type': 'Person', name: 'Ben Beispiel' }],
          publisher: { '@type': 'Organization', name: 'Beispiel Verlag' },
          inLanguage: 'de-AT',
        },
      ],
    });
    const article = await importFile(
      page(
        '<article><time datetime="2025-03-01">1. März</time><p>Text des Artikels.</p></article>',
        `<script type="application/ld+json">${jsonLd}</script>`,
      ),
      'jsonld.html',
    );
    expect(article.metadata).toEqual({
      title: 'Schlagzeile aus JSON-LD',
      author: 'Ben Beispiel',
      source: 'Beispiel Verlag',
      publishedAt: '2025-03-01',
      url: null,
      language: 'de-AT',
    });
  });

  it('takes the title from the <title> when there are no Open Graph tags', async () => {
    const article = await importFile(page('<p>Text.</p>', '<title>Nur ein Titel</title>'), 'titled.html');
    expect(article.title).toBe('Nur ein Titel');
  });

  it('recognises HTML by its content when the file has no extension', async () => {
    const article = await importFile(page('<p>Ohne Endung gespeichert.</p>'), 'download');
    expect(article.original.type).toBe('text/html');
    expect(article.text).toBe('Ohne Endung gespeichert.');
  });
});
