import { describe, expect, it } from 'vitest';
import { conllFormat } from '../../../../main/interchange/formats/conll/conll-export';
import type { ExportSet } from '../../../../main/interchange/export-set';
import {
  ANNOTATION,
  annotationById,
  buildAnnotation,
  buildArticle,
  exportFixture,
  oneArticleSet,
} from './support/export-set-fixture';
import { exportTextFile } from './support/run-export';

interface Token {
  readonly text: string;
  readonly tag: string;
  /** Where the token stands in the article text, found by walking the text. */
  readonly start: number;
  readonly end: number;
}

const exportConll = (set: ExportSet) => exportTextFile(conllFormat, set);

/** Reads CoNLL back into documents of sentences, placing each token in its article's text. */
function readConll(content: string, texts: readonly string[]): Token[][][] {
  const documents = content.split('-DOCSTART- -X- -X- O\n\n').slice(1);
  expect(documents).toHaveLength(texts.length);
  return documents.map((document, d) => {
    const text = texts[d] ?? '';
    let cursor = 0;
    return document
      .split('\n\n')
      .filter((block) => block.length > 0)
      .map((block) =>
        block.split('\n').map((line) => {
          const columns = line.split(' ');
          expect(columns).toHaveLength(4);
          const [word = '', pos, chunk, tag = ''] = columns;
          expect([pos, chunk]).toEqual(['-X-', '-X-']);
          const start = text.indexOf(word, cursor);
          // Tokens follow each other in the text with nothing but whitespace between them.
          expect(text.slice(cursor, start).trim()).toBe('');
          cursor = start + word.length;
          return { text: word, tag, start, end: cursor };
        }),
      );
  });
}

/** Entities as (start, end, type) from the BIO tags, with the text they cover. */
function entitiesOf(tokens: readonly Token[], text: string) {
  const entities: { type: string; start: number; end: number; covered: string }[] = [];
  for (const token of tokens) {
    const [prefix, type] = [token.tag.slice(0, 1), token.tag.slice(2)];
    if (prefix === 'B') entities.push({ type, start: token.start, end: token.end, covered: '' });
    if (prefix === 'I') {
      const open = entities[entities.length - 1];
      expect(open?.type, `I- tag without a B- before “${token.text}”`).toBe(type);
      if (open) open.end = token.end;
    }
  }
  return entities.map((entity) => ({ ...entity, covered: text.slice(entity.start, entity.end) }));
}

describe('CoNLL-2003 export', () => {
  const set = exportFixture();
  const texts = set.articles.map((exported) => exported.article.text);
  const { content, dropped } = exportConll(set);
  const documents = readConll(content, texts);

  it('writes one DOCSTART document per article, four columns per token and a blank line after each sentence', () => {
    expect(content.startsWith('-DOCSTART- -X- -X- O\n\n')).toBe(true);
    expect(content.endsWith('O\n\n')).toBe(true);
    expect(documents[0]?.length).toBeGreaterThan(10);
    for (const tokens of documents.flat(2)) expect(tokens.tag).toMatch(/^(O|[BI]-\S+)$/);
  });

  it('tags entities on exactly the tokens of their text, including emoji, Persian, CJK and combining marks', () => {
    const seed = entitiesOf(documents[0]?.flat() ?? [], texts[0] ?? '');
    expect(seed).toContainEqual(expect.objectContaining({ type: 'Person', covered: 'Xi Jinping' }));
    expect(seed).toContainEqual(
      expect.objectContaining({ type: 'Organisation', covered: 'Sicherheitsrates der Russischen Föderation' }),
    );
    const multilingual = entitiesOf(documents[1]?.flat() ?? [], texts[1] ?? '').map((e) => `${e.type}:${e.covered}`);
    expect(multilingual).toEqual([
      'Other:Family 👨‍👩‍👧',
      'Location:Zürich 🇨🇭',
      'Person:رئیس‌جمهور ایران',
      'Location:تهران',
      'Location:北京',
      'Person:紹伊古',
      'Location:Ọ̀yọ́',
    ]);
    // Every tagged entity covers exactly an exported annotation's text at its offsets.
    for (const [d, exported] of set.articles.entries()) {
      const starts = new Set(exported.annotations.flatMap((a) => (a.orphaned ? [] : a.fragments.map((f) => f.start))));
      for (const entity of entitiesOf(documents[d]?.flat() ?? [], texts[d] ?? '')) {
        expect(starts.has(entity.start), `${entity.covered} starts where no annotation does`).toBe(true);
      }
    }
  });

  it('splits a token where an entity ends inside it', () => {
    const tokens = documents[0]?.flat() ?? [];
    const schoigu = tokens.findIndex(
      (token) => token.start === annotationById(set, ANNOTATION.schoiguInWord).fragments[0]?.start,
    );
    expect(tokens.slice(schoigu, schoigu + 3).map((t) => `${t.text}/${t.tag}`)).toEqual([
      'Schoigu/B-Person',
      's/O',
      'Besuch/O',
    ]);
  });

  it('keeps the longest of overlapping spans and names each dropped one with the span kept instead', () => {
    expect(dropped).toContainEqual(
      expect.stringMatching(
        /^“Russischen Föderation” \(Location\) in “Xi trifft Schoigu in Peking”: not exported, it overlaps “Sicherheitsrates der Russischen Föderation” \(Organisation\)/,
      ),
    );
    expect(dropped).toContainEqual(
      expect.stringMatching(/^“Sekretär des Sicherheitsrates” \(Other\).*overlaps “Sicherheitsrates/),
    );
  });

  it('tags each piece of a discontinuous entity and reports it', () => {
    const seed = entitiesOf(documents[0]?.flat() ?? [], texts[0] ?? '').map((e) => e.covered);
    expect(seed).toContain('Sprecher des chinesischen Außenministeriums');
    expect(seed).toContain('Lin Jian');
    expect(dropped).toContainEqual(expect.stringMatching(/^“Sprecher .* … Lin Jian” \(Person\).*2 separate entities/));
  });

  it('reports claims once and orphaned annotations one by one', () => {
    expect(dropped).toContain('3 claims not exported: CoNLL carries entity tags only.');
    expect(dropped).toContainEqual(expect.stringMatching(/^“Schoigus Reise” \(Person\).*no position/));
    expect(content).not.toContain('B-Claim');
  });

  it('reports progress after each article as it is written', () => {
    expect(exportConll(set).progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('breaks ties by the earlier start, then by the lower id', () => {
    const article = buildArticle(5, 'Ties', 'Alpha Beta Gamma Delta.\n', { language: 'en' });
    const a = (id: number, phrase: string) =>
      buildAnnotation(5, article.text, { id, label: id % 2 === 0 ? 'Person' : 'Location', phrases: [phrase] });
    const { content: tied, dropped: lost } = exportConll(
      oneArticleSet(article, [a(2, 'Beta Gamma'), a(1, 'Alpha Beta'), a(4, 'Delta'), a(3, 'Delta')]),
    );
    const entities = entitiesOf(readConll(tied, [article.text])[0]?.flat() ?? [], article.text);
    expect(entities.map((e) => `${e.type}:${e.covered}`)).toEqual(['Location:Alpha Beta', 'Location:Delta']);
    expect(lost).toHaveLength(2);
  });

  it('does not break a sentence inside an entity', () => {
    const article = buildArticle(6, 'Titles', 'We met Dr. Smith today. He left.\n', { language: 'en' });
    const smith = buildAnnotation(6, article.text, { id: 1, label: 'Person', phrases: ['Dr. Smith'] });
    const { content: written } = exportConll(oneArticleSet(article, [smith]));
    const sentences = readConll(written, [article.text])[0] ?? [];
    const withSmith = sentences.find((sentence) => sentence.some((token) => token.text === 'Smith'));
    expect(withSmith?.map((t) => t.tag)).toContain('B-Person');
    expect(entitiesOf(sentences.flat(), article.text).map((e) => e.covered)).toEqual(['Dr. Smith']);
  });

  it('replaces spaces in label names so the tag stays one column', () => {
    const article = buildArticle(7, 'Spaces', 'Kyiv is a city.\n');
    const annotation = { ...buildAnnotation(7, article.text, { id: 1, label: 'Location', phrases: ['Kyiv'] }) };
    const renamed: ExportSet = {
      ...oneArticleSet(article, [annotation]),
      labels: set.labels.map((label) => (label.name === 'Location' ? { ...label, name: 'Populated place' } : label)),
    };
    expect(exportConll(renamed).content).toContain('Kyiv -X- -X- B-Populated_place\n');
  });
});
