import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedEdit, annotatedProject, type AnnotatedProject } from './annotated-project';
import { fragmentIn, fragmentSpec } from './commands/specs';
import { allDeleted, splitsPair } from './model/text-rules';
import { fuzzParameters, fuzzRuns, SCRATCH } from './run-model';
import { START_TEXTS, UNICODE_TEXTS } from './sample-texts';
import { withoutAuthorship } from './model/same';

const RUNS = 20;
const TEXTS = [...START_TEXTS, ...UNICODE_TEXTS];

/** Runs `check` on a fresh annotated project, closed and removed afterwards. */
function withProject(
  text: string,
  words: Parameters<typeof annotatedProject>[3],
  check: (project: AnnotatedProject) => void,
) {
  const dir = mkdtempSync(join(SCRATCH, 'workbench-orphans-'));
  const project = annotatedProject(dir, 'Orphans', text, words);
  try {
    check(project);
  } finally {
    project.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A range at whole characters. */
function rangeIn(text: string, at: number, length: number): { from: number; to: number } {
  let from = at % (text.length + 1);
  let to = Math.min(text.length, from + length);
  if (splitsPair(text, from)) from--;
  if (splitsPair(text, to)) to++;
  return { from, to };
}

/** Whether `offsets` fall between whole characters as people see them (not inside an emoji sequence). */
function onWholeCharacters(text: string, ...offsets: number[]): boolean {
  const boundaries = new Set([text.length]);
  for (const { index } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text))
    boundaries.add(index);
  return offsets.every((offset) => boundaries.has(offset));
}

function occurrences(text: string, piece: string): number {
  let count = 0;
  for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) count++;
  return count;
}

describe('orphaned annotations', () => {
  it(
    'come back exactly where they were when the deleted text is typed in again',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...TEXTS),
          fc.array(fragmentSpec, { minLength: 1, maxLength: 8 }),
          fc.nat({ max: 100_000 }),
          fc.integer({ min: 1, max: 40 }),
          (text, words, at, length) => {
            const { from, to } = rangeIn(text, at, length);
            const deletion = acceptedEdit(text, [{ from, to, insertedText: '' }]);
            fc.pre(deletion !== null);
            const retyped = acceptedEdit(deletion.after, [{ from, to: from, insertedText: text.slice(from, to) }]);
            const deleted = [{ from, to, insertedText: '' }];
            fc.pre(retyped !== null);
            fc.pre(words.some((spec) => allDeleted([fragmentIn(text, { ...spec, snap: 'word' })], deleted)));
            withProject(text, words, ({ store, articleId: id }) => {
              const before = store.listAnnotations(id);
              const { changes, blocks } = deletion;
              const orphaned = store.editArticleText({ id, changes, blocks }).annotations.filter((a) => a.orphaned);
              expect(orphaned.map((a) => a.id)).toEqual(
                before.filter((a) => allDeleted(a.fragments, deleted)).map((a) => a.id),
              );
              store.editArticleText({ id, changes: retyped.changes, blocks: retyped.blocks });
              const after = store.listAnnotations(id);
              for (const { id: orphan } of orphaned) {
                // Found again, they were changed (updatedAt): everything else is as before.
                expect(withoutAuthorship(after.find((a) => a.id === orphan))).toEqual(
                  withoutAuthorship(before.find((a) => a.id === orphan)),
                );
              }
            });
          },
        ),
        fuzzParameters(RUNS),
      );
    },
    fuzzRuns(RUNS) * 2_000,
  );

  it(
    'are found again where a later edit brings their quote back once, anywhere in the text',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...TEXTS),
          fragmentSpec,
          fc.nat({ max: 10 }),
          fc.nat({ max: 10 }),
          fc.nat(),
          (text, word, extendBefore, extendAfter, place) => {
            const fragment = fragmentIn(text, { ...word, snap: 'word' });
            const quote = text.slice(fragment.start, fragment.end);
            const { from, to } = rangeIn(
              text,
              Math.max(0, fragment.start - extendBefore),
              fragment.end - fragment.start + extendBefore + extendAfter,
            );
            fc.pre(from <= fragment.start && to >= fragment.end);
            const deletion = acceptedEdit(text, [{ from, to, insertedText: '' }]);
            fc.pre(deletion !== null && !deletion.after.includes(quote));
            // Typed in before a space or at either end; the quote must start and end on whole characters there.
            const gaps = [0, deletion.after.length];
            for (let i = deletion.after.indexOf(' '); i !== -1; i = deletion.after.indexOf(' ', i + 1)) gaps.push(i);
            const at = gaps[place % gaps.length] ?? 0;
            const typed = acceptedEdit(deletion.after, [{ from: at, to: at, insertedText: quote }]);
            fc.pre(typed !== null && occurrences(typed.after, quote) === 1);
            fc.pre(onWholeCharacters(typed.after, at, at + quote.length));
            withProject(text, [{ ...word, snap: 'word' }], ({ store, articleId: id }) => {
              const [annotation] = store.listAnnotations(id);
              const { changes, blocks } = deletion;
              expect(store.editArticleText({ id, changes, blocks }).orphanedCount).toBe(1);
              const found = store.editArticleText({ id, changes: typed.changes, blocks: typed.blocks });
              expect(found.orphanedCount).toBe(0);
              expect(store.getAnnotation(annotation?.id ?? 0)).toMatchObject({
                orphaned: false,
                fragments: [{ start: at, end: at + quote.length }],
                quote: { exact: quote },
              });
            });
          },
        ),
        fuzzParameters(RUNS),
      );
    },
    fuzzRuns(RUNS) * 2_000,
  );
});
