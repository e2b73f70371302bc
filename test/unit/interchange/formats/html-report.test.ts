import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlReportFormat } from '../../../../main/interchange/formats/html-report/html-report-export';
import type { ExportSet } from '../../../../main/interchange/export-set';
import { contrastRatio, THEME_SURFACES } from '../../../../shared/model/label-contrast';
import {
  ANNOTATION,
  annotationById,
  buildAnnotation,
  buildArticle,
  exportFixture,
  labelId,
  oneArticleSet,
} from './support/export-set-fixture';
import { exportTextFile } from './support/run-export';

function exportHtml(set: ExportSet) {
  const { content, dropped, progress } = exportTextFile(htmlReportFormat, set);
  return { html: content, dropped, progress, document: parseHTML(content).document };
}

type Page = ReturnType<typeof exportHtml>;

/** Where an element starts in its article's text, counting the lines before it and their line breaks. */
function offsetInArticle(page: Page, articleId: number, element: Element): number {
  const lines = [...page.document.querySelectorAll(`#article-${articleId} .line`)];
  let offset = 0;
  for (const line of lines) {
    if (line.contains(element)) {
      const walker = page.document.createTreeWalker(line, 4 /* text nodes */);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        if (element.contains(node)) return offset;
        offset += node.textContent?.length ?? 0;
      }
    }
    offset += line.textContent.length + 1;
  }
  return -1;
}

/** What a page may do when opened: nothing but show itself. */
function expectInert(page: Page) {
  expect(page.html).not.toMatch(/<script/i);
  expect(
    page.document.querySelectorAll(
      'script, img, iframe, object, embed, link, base, form, video, audio, foreignObject, image, use, animate, set',
    ),
  ).toHaveLength(0);
  expect(page.document.querySelectorAll('style')).toHaveLength(1);
  for (const element of page.document.querySelectorAll('*')) {
    for (const { name, value } of [...element.attributes]) {
      expect(name.startsWith('on'), `event handler ${name}`).toBe(false);
      expect(name).not.toBe('src');
      expect(name === 'style' && element.tagName !== 'STYLE').toBe(false);
      if (name === 'href') expect(value).toMatch(/^#[\w-]+$/);
    }
  }
  for (const link of page.document.querySelectorAll('a[href]')) {
    expect(page.document.getElementById(link.getAttribute('href')?.slice(1) ?? '')).not.toBeNull();
  }
}

describe('HTML report export', () => {
  const set = exportFixture();
  const page = exportHtml(set);

  it('allows only its own style sheet, by hash, and loads or runs nothing', () => {
    const csp = page.document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    const style = page.document.querySelector('style')?.textContent ?? '';
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    expect(csp).toBe(
      `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; form-action 'none'; base-uri 'none'`,
    );
    expectInert(page);
    expect(page.progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('draws the charts as static SVG, with their counts and names as text', () => {
    const charts = [...page.document.querySelectorAll('#charts ~ figure.chart svg')];
    expect(charts.map((svg) => svg.getAttribute('aria-label'))).toEqual([
      'Claims per claimant by stance',
      'Claims per source by verdict',
      'Code matrix of sources by label',
      'Claims and mentions over published dates',
    ]);
    const [claims, verdicts, matrix] = charts;
    expect([...(claims?.querySelectorAll('rect title') ?? [])].map((title) => title.textContent)).toEqual([
      'Xi Jinping: 2 supports',
      'Xi Jinping: 1 refutes',
    ]);
    expect(verdicts?.textContent).toContain('<script>x</script>');
    expect([...(matrix?.querySelectorAll('text') ?? [])].map((text) => text.textContent)).toEqual(
      expect.arrayContaining(['Xinhua', 'Person', 'Claim', '4', '3']),
    );
  });

  it('shows each article’s text exactly, line by line, each line in its own direction', () => {
    set.articles.forEach(({ article }) => {
      const lines = [...page.document.querySelectorAll(`#article-${article.id} .line`)];
      expect(lines.map((line) => line.textContent).join('\n')).toBe(article.text);
      expect(lines.every((line) => line.getAttribute('dir') === 'auto')).toBe(true);
    });
    expect(page.document.querySelector('#article-1 .text')?.getAttribute('lang')).toBe('de');
    // The article's own address is shown, as text only.
    expect(page.document.querySelector('#article-1 dl')?.textContent).toContain(
      'https://de.rt.com/international/237000-xi-trifft-schoigu/',
    );
  });

  it('underlines every placed annotation from its first character, in its label’s colour', () => {
    for (const { article, annotations } of set.articles) {
      for (const annotation of annotations.filter((a) => !a.orphaned)) {
        const anchor = page.document.getElementById(`a${annotation.id}`);
        expect(anchor, `annotation ${annotation.id}`).not.toBeNull();
        if (anchor === null) continue;
        expect(anchor.classList.contains(`l${annotation.labelId}`)).toBe(true);
        expect(offsetInArticle(page, article.id, anchor)).toBe(annotation.fragments[0]?.start);
      }
    }
    expect(page.document.getElementById(`a${ANNOTATION.orphan}`)).toBeNull();
    expect(page.dropped).toContainEqual(expect.stringMatching(/^“Schoigus Reise”.*no position/));
    const zurich = page.document.getElementById(`a${ANNOTATION.zurich}`);
    expect(zurich?.textContent).toBe('Zürich 🇨🇭');
    expect(zurich?.getAttribute('title')).toBe('Location: Zürich');
  });

  it('stacks overlapping annotations in different lanes', () => {
    const council = page.document.getElementById(`a${ANNOTATION.securityCouncil}`);
    const covering = (element: Element | null) => {
      const classes: string[] = [];
      for (let at = element; at !== null && at.classList.contains('m'); at = at.parentElement) {
        classes.push([...at.classList].find((c) => /^k\d+$/.test(c)) ?? '');
      }
      return classes;
    };
    // "Sicherheitsrates" lies under both the secretary's and the council's span.
    const lanes = covering(council?.querySelector('.m') ?? council);
    expect(lanes).toHaveLength(2);
    expect(new Set(lanes).size).toBe(2);
    const style = page.document.querySelector('style')?.textContent ?? '';
    expect(style).toContain(`.l${labelId('Person')}{--c:#0072b2;`);
    expect(style).toMatch(/\.k1\{padding-bottom:5px\}/);
  });

  it('lists entities with their mentions, claims with claimant, stance, verdict and note, and relations', () => {
    const rows = (id: string) =>
      [...page.document.querySelectorAll(`#${id} + table tbody tr`)].map((row) =>
        [...row.querySelectorAll('td')].map((cell) => cell.textContent.trim()),
      );
    // The aliases follow the name on a line of their own (after a <br>, which has no text).
    expect(rows('entities')).toContainEqual(['Sergei ShoiguSchoigu, 紹伊古', 'Person', '4', 'Wikidata: Q315514', '']);
    const claim = rows('claims').find((cells) => cells[0] === `“${annotationById(set, ANNOTATION.claim).quote.exact}”`);
    expect(claim).toEqual([
      '“dass China und Russland freundliche Nachbarn und wahre Freunde seien”',
      'Xi Jinping',
      'supports',
      'misleading',
      'form: paraphrase; about: China, Russia',
      '2025-02-28',
      'Official framing; no independent confirmation.',
      'Xi trifft Schoigu in Peking',
    ]);
    expect(rows('relations')).toContainEqual([
      `“${annotationById(set, ANNOTATION.claim).quote.exact}”`,
      'said_by',
      '“Xi”',
      'Indirect speech.',
    ]);
    expect(rows('relations')).toContainEqual(['“北京”', 'located_in', '“China”', '']);
  });

  it('shows hostile text only as text', () => {
    const hostile = '<script>alert(1)</script> "><img src=x onerror=alert(2)> <a href="https://evil.example">x</a>';
    const article = buildArticle(5, `"><img src=x onerror=alert(3)>`, `Quote: ${hostile}\nEnd.\n`, {
      url: 'javascript:alert(4)',
      source: '<b>Source</b>',
    });
    const annotation = buildAnnotation(5, article.text, {
      id: 1,
      label: 'Claim',
      phrases: ['<script>alert(1)</script>'],
      claim: { aboutEntityIds: [], attributes: {} },
      note: '</td></tr></table><script>alert(5)</script>',
    });
    const base = oneArticleSet(article, [annotation]);
    const evil = exportHtml({
      ...base,
      projectName: '</title><script>alert(6)</script>',
      labels: base.labels.map((label) =>
        label.name === 'Claim' ? { ...label, name: '<i onmouseover=alert(7)>Claim</i>', color: 'red}body{x:y' } : label,
      ),
    });
    expectInert(evil);
    expect(evil.document.querySelector('.line')?.textContent).toBe(`Quote: ${hostile}`);
    expect(evil.document.querySelector('h2[dir]')?.textContent).toBe(`"><img src=x onerror=alert(3)>`);
    expect(evil.document.querySelector('title')?.textContent).toBe(
      '</title><script>alert(6)</script> – annotation report',
    );
    expect(evil.document.querySelector('#claims + table td:nth-child(7)')?.textContent).toBe(
      '</td></tr></table><script>alert(5)</script>',
    );
    expect(evil.document.querySelector('dl')?.textContent).toContain('javascript:alert(4)');
    expect(evil.document.querySelector('style')?.textContent).toContain(`.l${labelId('Claim')}{--c:#777777;`);
    expect(evil.document.querySelector('style')?.textContent).not.toContain('onmouseover');
  });

  it('tells labels apart by a code as well as by colour, in a shade that stands out in either theme', () => {
    const legend = [...page.document.querySelectorAll('.legend li')].map((item) => item.textContent.trim());
    expect(legend).toEqual(expect.arrayContaining(['P Person', 'O Organisation', 'L Location', 'C Claim']));
    const style = page.document.querySelector('style')?.textContent ?? '';
    // The code follows the last piece of every underline: "P" after a Person, as a CSS escape.
    expect(style).toContain(`.l${labelId('Person')}{--c:#0072b2;--t:"\\50 "}`);
    expect(style).toMatch(/\.m\.e::after\{content:var\(--t\)/);
    const zurich = page.document.getElementById(`a${ANNOTATION.zurich}`);
    expect(zurich?.classList.contains('e')).toBe(true);
    const [light = '', dark = ''] = style.split('@media (prefers-color-scheme:dark)');
    for (const [theme, rules] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      for (const [, colour = ''] of rules.matchAll(/\.l\d+\{--c:(#[0-9a-f]{6})/g)) {
        expect(contrastRatio(colour, THEME_SURFACES[theme]), `${colour} in the ${theme} theme`).toBeGreaterThanOrEqual(
          3,
        );
      }
    }
  });
});
