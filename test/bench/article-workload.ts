import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NewAnnotation } from '../../shared/model/annotation';
import { plainTextBlocks } from '../../shared/text/plain-text-blocks';
import { sentence } from './generated-text';
import { pick, seededRandom } from './seeded-random';

/** L: a 1 MB multilingual article with 20,000 annotations, about a fifth of them overlapping or nested. */
export const PARAGRAPHS = 2_925;
export const ANNOTATIONS = 20_000;
/** Every tenth paragraph stays unannotated: fresh words for the label-key latency samples. */
const CLEAN_EVERY = 10;

export interface ArticleWorkload {
  /** S, M or L: the name the tables use. */
  name: string;
  text: string;
  /** How many paragraphs the text shows as. */
  paragraphs: number;
  /** Indexes of the paragraphs with no annotation. */
  cleanParagraphs: number[];
  /** How many annotations overlap or nest with another one. */
  overlapping: number;
  /** Annotation inputs without the article id, which the store assigns. */
  annotations(articleId: number, entityLabelIds: readonly number[], claimLabelId: number): NewAnnotation[];
}

interface Span {
  start: number;
  end: number;
}

/** How many annotations, and how many of them claims over a sentence. */
interface AnnotationCounts {
  annotations: number;
  claims: number;
}

/** L: 2,925 generated paragraphs (1 MB) with 20,000 annotations. */
export function articleWorkload(seed = 3): ArticleWorkload {
  return spannedWorkload('L', generatedText(seed, PARAGRAPHS), { annotations: ANNOTATIONS, claims: 450 }, seed);
}

/** M: 50 KB of generated paragraphs with 1,000 annotations. */
export function mediumWorkload(seed = 5): ArticleWorkload {
  return spannedWorkload('M', generatedText(seed, 146), { annotations: 1_000, claims: 23 }, seed);
}

/** S: the seed article of the shared corpus (3 KB of German and English news) with 45 annotations. */
export function seedArticleWorkload(seed = 7): ArticleWorkload {
  // Bundled to out/bench/, three folders below the shared corpus beside the checkout.
  const path = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', '000_5d407fa9e5e9a813.txt');
  return spannedWorkload('S', readFileSync(path, 'utf8'), { annotations: 45, claims: 3 }, seed);
}

function generatedText(seed: number, paragraphs: number): string {
  const random = seededRandom(seed);
  return Array.from({ length: paragraphs }, () =>
    Array.from({ length: 1 + Math.floor(random() * 2.1) }, () => sentence(random)).join(' '),
  ).join('\n\n');
}

/** Where the text's paragraphs, sentences and words are, in UTF-16 offsets. */
function textSpans(text: string): { sentences: Span[][]; words: Span[][] } {
  const sentences: Span[][] = [];
  const words: Span[][] = [];
  for (const block of plainTextBlocks(text)) {
    const within = (pattern: RegExp): Span[] =>
      Array.from(text.slice(block.start, block.end).matchAll(pattern), (match) => ({
        start: block.start + match.index,
        end: block.start + match.index + match[0].length,
      }));
    sentences.push(within(/[^.!?。\s][^.!?。]*[.!?。]*/gu));
    // Letters only; a run of CJK counts as two-character words.
    words.push(within(/\p{Script=Han}{2}|[\p{L}\p{M}]{2,}/gu));
  }
  return { sentences, words };
}

function spannedWorkload(name: string, text: string, counts: AnnotationCounts, seed: number): ArticleWorkload {
  const random = seededRandom(seed + 100);
  const { sentences, words } = textSpans(text);
  const all = sentences.map((_, i) => i);
  const cleanParagraphs = all.filter((i) => i % CLEAN_EVERY === CLEAN_EVERY / 2);
  const annotated = all.filter((i) => i % CLEAN_EVERY !== CLEAN_EVERY / 2);

  const taken = new Set<string>();
  const add = (list: Span[], span: Span): void => {
    const key = `${span.start}:${span.end}`;
    if (taken.has(key)) return;
    taken.add(key);
    list.push(span);
  };
  // Claims over a sentence; one in ten runs on into the next paragraph's first sentence.
  const claims: Span[] = [];
  while (claims.length < counts.claims) {
    const p = pick(random, annotated);
    const first = pick(random, sentences[p] ?? []);
    const next = sentences[p + 1]?.[0];
    const crosses = random() < 0.1 && next !== undefined && (p + 1) % CLEAN_EVERY !== CLEAN_EVERY / 2;
    add(claims, { start: first.start, end: crosses ? next.end : first.end });
  }
  // Entity mentions of one word, some of two (which then overlap one-word mentions nearby).
  const entities: Span[] = [];
  while (entities.length < counts.annotations - counts.claims) {
    const paragraphWords = words[pick(random, annotated)] ?? [];
    const i = Math.floor(random() * paragraphWords.length);
    const first = paragraphWords[i];
    const second = random() < 0.05 ? paragraphWords[i + 1] : undefined;
    if (first !== undefined) add(entities, { start: first.start, end: (second ?? first).end });
  }

  return {
    name,
    text,
    paragraphs: sentences.length,
    cleanParagraphs,
    overlapping: overlappingCount([...entities, ...claims]),
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
