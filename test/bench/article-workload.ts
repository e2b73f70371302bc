import type { NewAnnotation } from '../../shared/model/annotation';
import { sentence } from './generated-text';
import { pick, seededRandom } from './seeded-random';

/** A 1 MB multilingual article with 20,000 annotations, about a fifth of them overlapping or nested. */
export const PARAGRAPHS = 2_900;
export const ANNOTATIONS = 20_000;
const CLAIMS = 450;
/** Every tenth paragraph stays unannotated: fresh words for the label-key latency samples. */
const CLEAN_EVERY = 10;

export interface ArticleWorkload {
  text: string;
  /** Indexes of the paragraphs with no annotation. */
  cleanParagraphs: number[];
  /** Annotation inputs without the article id, which the store assigns. */
  annotations(articleId: number, entityLabelIds: readonly number[], claimLabelId: number): NewAnnotation[];
}

interface Span {
  start: number;
  end: number;
}

export function articleWorkload(seed = 3): ArticleWorkload {
  const random = seededRandom(seed);
  const paragraphs = Array.from({ length: PARAGRAPHS }, () =>
    Array.from({ length: 1 + Math.floor(random() * 2.1) }, () => sentence(random)),
  );
  const text = paragraphs.map((sentences) => sentences.join(' ')).join('\n\n');

  // Where each paragraph's sentences and words are, in UTF-16 offsets into the text.
  const sentenceSpans: Span[][] = [];
  const wordSpans: Span[][] = [];
  let offset = 0;
  for (const sentences of paragraphs) {
    const paragraphSentences: Span[] = [];
    const words: Span[] = [];
    for (const s of sentences) {
      paragraphSentences.push({ start: offset, end: offset + s.length });
      // Letters only; a run of CJK counts as two-character words.
      for (const match of s.matchAll(/\p{Script=Han}{2}|[\p{L}\p{M}]{2,}/gu)) {
        words.push({ start: offset + match.index, end: offset + match.index + match[0].length });
      }
      offset += s.length + 1;
    }
    sentenceSpans.push(paragraphSentences);
    wordSpans.push(words);
    offset += 1; // "\n\n" after the paragraph's last sentence and its joining space are both two units
  }

  const cleanParagraphs = paragraphs.map((_, i) => i).filter((i) => i % CLEAN_EVERY === CLEAN_EVERY / 2);
  const annotated = paragraphs.map((_, i) => i).filter((i) => i % CLEAN_EVERY !== CLEAN_EVERY / 2);

  // Claims over a sentence; one in ten runs on into the next paragraph's first sentence.
  const claims: Span[] = [];
  const taken = new Set<string>();
  const add = (list: Span[], span: Span): void => {
    const key = `${span.start}:${span.end}`;
    if (taken.has(key)) return;
    taken.add(key);
    list.push(span);
  };
  while (claims.length < CLAIMS) {
    const p = pick(random, annotated);
    const first = pick(random, sentenceSpans[p] ?? []);
    const next = sentenceSpans[p + 1]?.[0];
    const crosses = random() < 0.1 && next !== undefined && (p + 1) % CLEAN_EVERY !== CLEAN_EVERY / 2;
    add(claims, { start: first.start, end: crosses ? next.end : first.end });
  }
  // Entity mentions of one word, some of two (which then overlap one-word mentions nearby).
  const entities: Span[] = [];
  while (entities.length < ANNOTATIONS - CLAIMS) {
    const words = wordSpans[pick(random, annotated)] ?? [];
    const i = Math.floor(random() * words.length);
    const first = words[i];
    const second = random() < 0.05 ? words[i + 1] : undefined;
    if (first !== undefined) add(entities, { start: first.start, end: (second ?? first).end });
  }

  return {
    text,
    cleanParagraphs,
    annotations: (articleId, entityLabelIds, claimLabelId) => {
      const labelRandom = seededRandom(seed + 1);
      return [
        ...entities.map((span) => ({ articleId, labelId: pick(labelRandom, entityLabelIds), fragments: [span] })),
        ...claims.map((span) => ({
          articleId,
          labelId: claimLabelId,
          fragments: [span],
          claim: { aboutEntityIds: [], attributes: {} },
        })),
      ];
    },
  };
}

/** How many of the spans overlap or nest with another one. */
export function overlappingCount(spans: readonly Span[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const overlapping = new Set<Span>();
  let widest: Span | undefined;
  for (const span of sorted) {
    if (widest !== undefined && span.start < widest.end) {
      overlapping.add(span);
      overlapping.add(widest);
    }
    if (widest === undefined || span.end > widest.end) widest = span;
  }
  return overlapping.size;
}
