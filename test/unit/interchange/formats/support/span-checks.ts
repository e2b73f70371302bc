import { expect } from 'vitest';
import type { Annotation } from '../../../../../shared/model/annotation';
import { OffsetConverter } from '../../../../../shared/text/offset-conversion';
import type { ExportedArticle, ExportSet } from '../../../../../main/interchange/export-set';
import type { ParsedAnnotationFile, ParsedDocument } from '../../../../../main/interchange/import/parsed-annotations';

/** One exported piece of an annotation as `label start–end` in UTF-16 units, the internal unit. */
export type SpanKey = string;

const key = (label: string, start: number, end: number): SpanKey => `${label} ${start}–${end}`;

/** What a span format must carry for an article: every piece of every annotation that has a position. */
export function expectedSpans(set: ExportSet, exported: ExportedArticle): SpanKey[] {
  const labelName = (annotation: Annotation) => set.labels.find((label) => label.id === annotation.labelId)?.name ?? '';
  return exported.annotations
    .filter((annotation) => !annotation.orphaned)
    .flatMap((annotation) => annotation.fragments.map((f) => key(labelName(annotation), f.start, f.end)))
    .sort();
}

/** The spans a parser read back, converted from code points to UTF-16 units of the document text. */
export function parsedSpans(document: ParsedDocument): SpanKey[] {
  const converter = new OffsetConverter(document.text);
  const toUtf16 = (offset: number) =>
    document.offsetUnit === 'code-points' ? converter.codePointToUtf16(offset) : offset;
  return document.spans
    .flatMap((span) => span.fragments.map((f) => key(span.label, toUtf16(f.start), toUtf16(f.end))))
    .sort();
}

/** Checks that a parser read every article of `set` back without problems, with its text, title and spans. */
export function expectArticlesReadBack(set: ExportSet, parsed: ParsedAnnotationFile): void {
  expect(parsed.problems).toEqual([]);
  expect(parsed.documents).toHaveLength(set.articles.length);
  [...set.articles].forEach((exported, i) => {
    const document = parsed.documents[i];
    expect(document?.text).toBe(exported.article.text);
    expect(document?.title).toBe(exported.article.title);
    expect(document && parsedSpans(document)).toEqual(expectedSpans(set, exported));
  });
}

/** How many code points `text` has: the length the code-point formats (doccano, Label Studio, REFI-QDA) count. */
export function codePointLength(text: string): number {
  return [...text].length;
}

/** The text between two code-point offsets, as Python's `text[start:end]` gives it. */
export function codePointSlice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}
