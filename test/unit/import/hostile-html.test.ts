import { afterEach, describe, expect, it, vi } from 'vitest';
import { importFile } from '../../../main/library/import/import-file';
import { EVIL, hostilePage } from './fixtures/hostile-page';

const utf8 = (text: string) => new TextEncoder().encode(text);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('importing a hostile web page', () => {
  it('keeps exactly the visible article text', async () => {
    const article = await importFile(utf8(hostilePage()), 'hostile.html');
    expect(article.text).toBe(
      [
        'Echte Schlagzeile',
        'Erster Absatz mit einem gefährlichen Link und einer echten Quelle.',
        'Zweiter Absatz mit data-Link, mit vbscript und mit Datei-Link.',
        'Dritter Absatz: Die Workbench zeigt nur Text. Was eine Seite ausführen, laden oder senden wollte, bleibt draußen, und ein Analyst sieht trotzdem jeden Satz, den die Seite tatsächlich zeigt.',
        'Foto mit onerror-Handler',
      ].join('\n'),
    );
  });

  it('keeps only the genuine http link; script, data, vbscript and file links lose their target but keep their text', async () => {
    const article = await importFile(utf8(hostilePage()), 'hostile.html');
    expect(article.links.map((link) => [article.text.slice(link.start, link.end), link.href])).toEqual([
      ['einer echten Quelle', 'https://example.org/quelle'],
    ]);
  });

  it('lets no hostile address, script or hidden text reach the article', async () => {
    const article = await importFile(utf8(hostilePage()), 'hostile.html');
    const imported = JSON.stringify({ ...article, original: undefined });
    for (const forbidden of [
      EVIL,
      'javascript:',
      'data:',
      'vbscript:',
      'file:',
      'fetch(',
      'alert',
      'injected by script',
      'replaced by script',
      'Eingabewert',
      'Textfeldinhalt',
      'Absenden',
      'SVG-Text',
      'Iframe-Ersatztext',
      'Plugin-Ersatztext',
      'Noscript-Bild',
      'Versteckter Text',
    ]) {
      expect(imported, forbidden).not.toContain(forbidden);
    }
  });

  it('tries to fetch nothing while importing', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('network access attempted')));
    vi.stubGlobal('fetch', fetch);
    await importFile(utf8(hostilePage()), 'hostile.html');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('flattens 100,000 nested elements instead of overflowing the stack', async () => {
    const depth = 100_000;
    const html = `<!DOCTYPE html><html><body>${'<div>'.repeat(depth)}tief unten${'</div>'.repeat(depth)}<p>danach</p></body></html>`;
    const article = await importFile(utf8(html), 'deep.html');
    expect(article.text).toContain('tief unten');
    expect(article.text).toContain('danach');
  });

  it('does not expand XML entities in XHTML ("billion laughs")', async () => {
    const entities = Array.from(
      { length: 9 },
      (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
    ).join('\n');
    const xhtml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html [
  <!ENTITY lol "lol">
${entities}
]>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Laughs</title></head>
<body><p>&lol9;</p><p>Plain text after the entity.</p></body></html>`;
    const article = await importFile(utf8(xhtml), 'laughs.xhtml');
    expect(article.text).toContain('Plain text after the entity.');
    expect(article.text).not.toContain('lollol');
    expect(article.text.length).toBeLessThan(500);
    expect(article.original.type).toBe('application/xhtml+xml');
  });
});
