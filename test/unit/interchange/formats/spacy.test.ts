import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { OffsetConverter } from '../../../../shared/text/offset-conversion';
import { spacyFormat, type SpacyRecord } from '../../../../main/interchange/formats/spacy/spacy-export';
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
import { codePointSlice, expectedSpans } from './support/span-checks';

// The shape Prodigy's manual NER/span recipes save (and `prodigy db-in` reads), relations as rel.manual writes them.
const Offset = z.number().int().nonnegative();
const Span = z.strictObject({
  start: Offset,
  end: Offset,
  token_start: Offset,
  token_end: Offset,
  label: z.string().min(1),
});
const ProdigyExample = z.strictObject({
  text: z.string(),
  tokens: z.array(z.strictObject({ text: z.string().min(1), start: Offset, end: Offset, id: Offset, ws: z.boolean() })),
  spans: z.array(Span),
  relations: z.array(
    z.strictObject({ head: Offset, child: Offset, head_span: Span, child_span: Span, label: z.string().min(1) }),
  ),
  meta: z.record(z.string(), z.union([z.string(), z.number()])),
  answer: z.literal('accept'),
});

function exportSpacy(set: ExportSet) {
  const { content, dropped, progress } = exportTextFile(spacyFormat, set);
  const records = content
    .trimEnd()
    .split('\n')
    .map((line) => ProdigyExample.parse(JSON.parse(line)) as SpacyRecord);
  return { records, dropped, progress };
}

/** Checks what spaCy's Doc(words, spaces) and Doc.char_span rely on. */
function expectAligned(record: SpacyRecord) {
  expect(record.tokens.map((t) => t.text + (t.ws ? ' ' : '')).join('')).toBe(record.text);
  record.tokens.forEach((token, i) => {
    expect(token.id).toBe(i);
    expect(codePointSlice(record.text, token.start, token.end)).toBe(token.text);
  });
  for (const span of record.spans) {
    expect(span.token_end).toBeGreaterThanOrEqual(span.token_start);
    expect(record.tokens[span.token_start]?.start).toBe(span.start);
    expect(record.tokens[span.token_end]?.end).toBe(span.end);
  }
}

describe('spaCy / Prodigy export', () => {
  const set = exportFixture();
  const { records, dropped, progress } = exportSpacy(set);

  it('writes one Prodigy example per article whose tokens rebuild the text and align with every span', () => {
    expect(records).toHaveLength(2);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    records.forEach(expectAligned);
    expect(records[0]?.meta).toEqual({
      id: 1,
      title: 'Xi trifft Schoigu in Peking',
      source: 'RT DE',
      url: 'https://de.rt.com/international/237000-xi-trifft-schoigu/',
      published: '2025-02-28',
      language: 'de',
    });
    // Line breaks stay tokens, as spaCy's tokenizer makes them.
    expect(records[0]?.tokens.some((token) => token.text === '\n')).toBe(true);
  });

  it('gives character offsets in code points that convert back to the same annotated text', () => {
    set.articles.forEach((exported, i) => {
      const record = records[i];
      const converter = new OffsetConverter(record?.text ?? '');
      const back = (record?.spans ?? [])
        .map((s) => `${s.label} ${converter.codePointToUtf16(s.start)}–${converter.codePointToUtf16(s.end)}`)
        .sort();
      expect(back).toEqual(expectedSpans(set, exported));
    });
    const texts = records[1]?.spans.map((s) => codePointSlice(records[1]?.text ?? '', s.start, s.end));
    expect(texts).toEqual([
      'Family 👨‍👩‍👧',
      'Zürich 🇨🇭',
      'رئیس‌جمهور ایران',
      'تهران',
      'مذاکرات ادامه دارد',
      '北京',
      '紹伊古',
      'Ọ̀yọ́',
    ]);
  });

  it('splits a word where a span ends inside it', () => {
    const seed = records[0];
    const fragment = annotationById(set, ANNOTATION.schoiguInWord).fragments[0];
    const start = new OffsetConverter(seed?.text ?? '').utf16ToCodePoint(fragment?.start ?? 0);
    const at = seed?.tokens.findIndex((token) => token.start === start) ?? -1;
    expect(seed?.tokens.slice(at, at + 3).map((t) => [t.text, t.ws])).toEqual([
      ['Schoigu', false],
      ['s', true],
      ['Besuch', true],
    ]);
  });

  it('writes relations as rel.manual does, head and child being the spans’ last tokens', () => {
    const relation = records[0]?.relations.find((r) => r.label === 'member_of');
    expect(relation?.head).toBe(relation?.head_span.token_end);
    expect(relation?.child).toBe(relation?.child_span.token_end);
    expect(codePointSlice(records[0]?.text ?? '', relation?.child_span.start ?? 0, relation?.child_span.end ?? 0)).toBe(
      'Sicherheitsrates der Russischen Föderation',
    );
  });

  it('keeps overlapping spans and reports what it leaves out', () => {
    const labels = records[0]?.spans.map((s) => codePointSlice(records[0]?.text ?? '', s.start, s.end));
    expect(labels).toEqual(expect.arrayContaining(['Sekretär des Sicherheitsrates', 'Russischen Föderation']));
    expect(dropped).toContainEqual(expect.stringMatching(/^“Schoigus Reise”.*no position/));
    expect(dropped).toContainEqual(expect.stringMatching(/discontinuous, exported as 2 separate spans \(spaCy/));
    expect(dropped).toContainEqual(expect.stringMatching(/^spaCy spans carry a label only/));
  });

  it('keeps a space a token where a span starts or ends at it', () => {
    const article = buildArticle(9, 'Spaces', '  one  two three\n', { language: 'en' });
    const a = (id: number, phrase: string) =>
      buildAnnotation(9, article.text, { id, label: 'Other', phrases: [phrase] });
    const [record] = exportSpacy(oneArticleSet(article, [a(1, 'two '), a(2, ' three')])).records;
    if (record === undefined) throw new Error('no example written');
    expectAligned(record);
    expect(record.spans.map((s) => codePointSlice(record.text, s.start, s.end))).toEqual(['two ', ' three']);
    expect(record.tokens.map((t) => t.text)).toEqual(['  ', 'one', ' ', 'two', ' ', 'three', '\n']);
  });
});
