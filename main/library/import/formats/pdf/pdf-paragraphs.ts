import type { BlockKind } from '../../../../../shared/model/article-content';

/** One run of text from a PDF page's text layer, where it sits and how large it is. */
export interface PlacedText {
  str: string;
  x: number;
  /** Baseline height on the page; PDF coordinates grow upwards. */
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  fontSize: number;
}

export interface PdfParagraph {
  kind: Extract<BlockKind, 'paragraph' | 'heading'>;
  level?: number;
  text: string;
}

/** A line's text larger than the body by this factor reads as a heading. */
const HEADING_SCALE = 1.15;
/** A gap this much larger than the usual line spacing separates paragraphs. */
const PARAGRAPH_GAP = 1.3;
/** Line spacing beyond this many font sizes is spacing between paragraphs, even when every line is one. */
const MAX_LINE_SPACING = 1.5;
const PAGE_NUMBER =
  /^(?:[\s\-–—]*(?:\d{1,4}|[ivxlc]{1,7})[\s\-–—]*|(?:page|seite|p\.)?\s*\d{1,4}\s*(?:\/|of|von|из)\s*\d{1,4})$/i;
const ENDS_SENTENCE = /[.!?:;"“”»«)\]]$/;

/** Groups a page's text runs into lines: a run on another baseline, or after an end-of-line mark, starts a new one. */
export function pageLines(items: readonly PlacedText[]): Line[] {
  const lines: Line[] = [];
  let parts: string[] = [];
  let line: { y: number; fontSize: number; endX: number } | null = null;
  const close = () => {
    const text = parts.join('').replace(/ {2,}/g, ' ').trim();
    if (line !== null && text !== '') lines.push({ text, y: line.y, fontSize: line.fontSize });
    parts = [];
    line = null;
  };
  for (const item of items) {
    if (line !== null && Math.abs(item.y - line.y) > 0.5 * Math.max(item.fontSize, line.fontSize)) close();
    if (item.str !== '') {
      if (line === null) {
        line = { y: item.y, fontSize: item.fontSize, endX: item.x + item.width };
      } else {
        // Runs split inside a word sit edge to edge; a visible gap is a space the PDF did not encode.
        const gap = item.x - line.endX;
        const spaced = parts.at(-1)?.endsWith(' ') === true || item.str.startsWith(' ');
        if (gap > 0.15 * item.fontSize && !spaced) parts.push(' ');
        line.endX = item.x + item.width;
        line.fontSize = Math.max(line.fontSize, item.fontSize);
      }
      parts.push(item.str);
    }
    if (item.hasEOL) close();
  }
  close();
  // Running heads and page numbers are the first or last line of a page.
  if (lines.length > 0 && PAGE_NUMBER.test(lines.at(-1)?.text ?? '')) lines.pop();
  if (lines.length > 0 && PAGE_NUMBER.test(lines[0]?.text ?? '')) lines.shift();
  return lines;
}

/** The value below which the given fraction of the values lie. */
function quantile(values: number[], fraction: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * fraction)];
}

/** Joins a wrapped line to the previous one: a soft hyphen disappears, a hard one stays without a space. */
function joinLine(previous: string, next: string): string {
  if (previous.endsWith('\u00AD')) return previous.slice(0, -1) + next;
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return previous + next;
  return `${previous} ${next}`;
}

/**
 * Turns the lines of every page into paragraphs and headings. Lines of the body's size that
 * follow each other at the usual spacing form one paragraph; a larger gap, a jump to another
 * column or a change of size ends it. Larger lines are headings, levelled by size. A paragraph
 * cut by a page break continues when it did not end a sentence and the next page starts in
 * lower case.
 */
export function pdfParagraphs(pages: readonly Line[][]): PdfParagraph[] {
  const all = pages.flat();
  const bodySize =
    quantile(
      all.map((line) => line.fontSize),
      0.5,
    ) ?? 0;
  const headingSizes = [
    ...new Set(all.filter((line) => line.fontSize > bodySize * HEADING_SCALE).map((line) => Math.round(line.fontSize))),
  ].sort((a, b) => b - a);

  const paragraphs: (PdfParagraph & { fontSize: number })[] = [];
  for (const lines of pages) {
    const gaps = lines.slice(1).map((line, index) => (lines[index]?.y ?? 0) - line.y);
    // The tighter spacings on a page are those between the lines of one paragraph.
    const usualGap = Math.min(
      quantile(
        gaps.filter((gap) => gap > 0),
        0.25,
      ) ?? Infinity,
      bodySize * MAX_LINE_SPACING,
    );
    lines.forEach((line, index) => {
      const heading = line.fontSize > bodySize * HEADING_SCALE;
      const previous = paragraphs.at(-1);
      const gap = index === 0 ? null : (gaps[index - 1] ?? 0);
      const continues =
        previous !== undefined &&
        (previous.kind === 'heading') === heading &&
        Math.abs(previous.fontSize - line.fontSize) < 0.5 &&
        (gap === null
          ? !heading && !ENDS_SENTENCE.test(previous.text) && /^\p{Ll}/u.test(line.text)
          : gap > 0 && gap <= usualGap * PARAGRAPH_GAP);
      if (previous !== undefined && continues) {
        previous.text = joinLine(previous.text, line.text);
        return;
      }
      const level = heading ? Math.min(headingSizes.indexOf(Math.round(line.fontSize)) + 1, 6) : undefined;
      paragraphs.push({
        kind: heading ? 'heading' : 'paragraph',
        text: line.text,
        fontSize: line.fontSize,
        ...(level === undefined ? {} : { level }),
      });
    });
  }
  return paragraphs.map(({ kind, level, text }) => (level === undefined ? { kind, text } : { kind, level, text }));
}
