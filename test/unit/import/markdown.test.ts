import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/library/import/import-file';
import type { ImportedArticle } from '../../../main/library/import/imported-article';
import { SEED_AUTHOR, SEED_HEADLINE, SEED_URL, seedParts } from './fixtures/seed-paragraphs';

const utf8 = (text: string) => new TextEncoder().encode(text);
const blockTexts = (article: ImportedArticle) =>
  article.blocks.map((block) => [block.kind, article.text.slice(block.start, block.end), block.level]);
const linkTexts = (article: ImportedArticle) =>
  article.links.map((link) => [article.text.slice(link.start, link.end), link.href]);
const markdown = (source: string, name = 'article.md') => importFile(utf8(source), name);

function seedMarkdown(): string {
  const { lead, tweet, rest } = seedParts();
  const teaser = (rest.at(-1) ?? '').replace(
    'Lawrow besucht Teheran – Iran wird sich im Atomstreit nicht dem Druck der USA beugen',
    '[$&](https://news.example.org/international/lawrow-teheran)',
  );
  return [
    '---',
    `title: "${SEED_HEADLINE}"`,
    `author: ${SEED_AUTHOR}`,
    'date: 2025-02-28',
    'lang: de',
    `url: ${SEED_URL}`,
    '---',
    '',
    `# ${SEED_HEADLINE}`,
    '',
    ...lead.flatMap((paragraph) => [paragraph, '']),
    `> ${tweet[0].replace('#China', '\\#China').replace('#Russia', '\\#Russia')}`,
    '>',
    `> ${tweet[1]}`,
    '',
    ...rest.slice(0, -1).flatMap((paragraph) => [paragraph, '']),
    '![Xi Jinping und Sergei Schoigu in Peking](bilder/xi-schoigu.jpg)',
    '',
    teaser,
    '',
  ].join('\n');
}

describe('importing Markdown', () => {
  it('reads front matter, headings, paragraphs, quotes, images and links of an article', async () => {
    const article = await markdown(seedMarkdown(), 'schoigu.md');
    const { lead, tweet, rest } = seedParts();
    expect(article.title).toBe(SEED_HEADLINE);
    expect(article.metadata).toEqual({
      title: SEED_HEADLINE,
      author: SEED_AUTHOR,
      source: null,
      publishedAt: '2025-02-28',
      url: SEED_URL,
      language: 'de',
    });
    expect(blockTexts(article)).toEqual([
      ['heading', SEED_HEADLINE, 1],
      ...lead.map((text) => ['paragraph', text, undefined]),
      ['blockquote', tweet[0], undefined],
      ['blockquote', tweet[1], undefined],
      ...rest.slice(0, -1).map((text) => ['paragraph', text, undefined]),
      ['figure', 'Xi Jinping und Sergei Schoigu in Peking', undefined],
      ['paragraph', rest.at(-1), undefined],
    ]);
    expect(linkTexts(article)).toEqual([
      [
        'Lawrow besucht Teheran – Iran wird sich im Atomstreit nicht dem Druck der USA beugen',
        'https://news.example.org/international/lawrow-teheran',
      ],
    ]);
    expect(article.original).toMatchObject({ type: 'text/markdown', encoding: 'utf-8' });
  });

  it('joins the lines of a paragraph with spaces and splits at hard line breaks', async () => {
    const article = await markdown('Erste Zeile\nzweite Zeile  \nnach dem Umbruch\\\nund noch eine');
    expect(blockTexts(article)).toEqual([
      ['paragraph', 'Erste Zeile zweite Zeile', undefined],
      ['paragraph', 'nach dem Umbruch', undefined],
      ['paragraph', 'und noch eine', undefined],
    ]);
  });

  it('removes emphasis markers but keeps literal asterisks and underscores', async () => {
    const article = await markdown(
      'Das ist *kursiv*, **fett**, ***beides***, _auch_, ~~weg~~ und `code *hier*`, aber 5 * 3 = 15 und snake_case_name.',
    );
    expect(article.text).toBe(
      'Das ist kursiv, fett, beides, auch, weg und code *hier*, aber 5 * 3 = 15 und snake_case_name.',
    );
  });

  it('nests list items by indentation', async () => {
    const article = await markdown(
      '- eins\n- zwei\n  - zwei a\n    - zwei a i\n  - zwei b\n- drei\n\n1. erstens\n2. zweitens',
    );
    expect(blockTexts(article)).toEqual([
      ['list-item', 'eins', 1],
      ['list-item', 'zwei', 1],
      ['list-item', 'zwei a', 2],
      ['list-item', 'zwei a i', 3],
      ['list-item', 'zwei b', 2],
      ['list-item', 'drei', 1],
      ['list-item', 'erstens', 1],
      ['list-item', 'zweitens', 1],
    ]);
  });

  it('keeps code blocks verbatim as preformatted text', async () => {
    const article = await markdown(
      'Vorher\n\n```js\nconst x = *1*;\n  return [a](b);\n```\n\n    eingerückter Code\n\nNachher',
    );
    expect(blockTexts(article)).toEqual([
      ['paragraph', 'Vorher', undefined],
      ['preformatted', 'const x = *1*;\n  return [a](b);', undefined],
      ['preformatted', 'eingerückter Code', undefined],
      ['paragraph', 'Nachher', undefined],
    ]);
  });

  it('reads setext headings, reference links and autolinks', async () => {
    const article = await markdown(
      'Titel\n=====\n\nUnter\n-----\n\nSiehe [die Quelle][q], [Kurz] und <https://example.org/auto>.\n\n[q]: https://example.org/quelle "Titel"\n[kurz]: <https://example.org/kurz>',
    );
    expect(blockTexts(article).slice(0, 2)).toEqual([
      ['heading', 'Titel', 1],
      ['heading', 'Unter', 2],
    ]);
    expect(linkTexts(article)).toEqual([
      ['die Quelle', 'https://example.org/quelle'],
      ['Kurz', 'https://example.org/kurz'],
      ['https://example.org/auto', 'https://example.org/auto'],
    ]);
  });

  it('keeps the text of links whose target is not a web or mail address, and never renders raw HTML', async () => {
    const article = await markdown(
      '[Klick](javascript:alert(1)) [lokal](../datei.md) [Mail](mailto:a@example.org) <script>alert(1)</script>',
    );
    expect(article.text).toBe('Klick lokal Mail <script>alert(1)</script>');
    expect(linkTexts(article)).toEqual([['Mail', 'mailto:a@example.org']]);
  });

  it('reads pathological nesting of brackets and emphasis as plain text', async () => {
    const article = await markdown(
      `${'['.repeat(50_000)}x${'*a '.repeat(50_000)}${'`'.repeat(20)}${'> '.repeat(10_000)}`,
    );
    expect(article.text.length).toBeGreaterThan(100_000);
  });
});
