import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Block } from '../../../../shared/model/article';
import { acceptedEdit, annotatedProject } from './annotated-project';
import { fragmentIn, fragmentSpec } from './commands/specs';
import { allDeleted, splitsPair, type Change } from './model/text-rules';
import { fuzzParameters, fuzzRuns, SCRATCH } from './run-model';
import { INSERTIONS, START_TEXTS, UNICODE_TEXTS } from './sample-texts';
import { withoutAuthorship } from './model/same';

const RUNS = 20;

const changeSpec = fc.record({
  at: fc.nat({ max: 100_000 }),
  length: fc.nat({ max: 12 }),
  insert: fc.constantFrom(...INSERTIONS),
});

/** Changes at whole characters, in text order, each with text between it and the next. */
function changesIn(text: string, specs: readonly { at: number; length: number; insert: string }[]): Change[] {
  const changes: Change[] = [];
  const placed = specs.map(({ at, length, insert }) => {
    let from = at % (text.length + 1);
    let to = Math.min(text.length, from + length);
    if (splitsPair(text, from)) from--;
    if (splitsPair(text, to)) to++;
    return { from, to, insertedText: insert };
  });
  for (const change of placed.sort((a, b) => a.from - b.from)) {
    const previous = changes.at(-1);
    if (previous === undefined || change.from > previous.to) changes.push(change);
  }
  return changes;
}

it(
  'moves annotations through an edit of several changes as through the same changes one at a time, last first',
  () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...START_TEXTS, ...UNICODE_TEXTS),
        fc.array(fragmentSpec, { minLength: 1, maxLength: 8 }),
        fc.array(changeSpec, { minLength: 2, maxLength: 5 }),
        (text, words, specs) => {
          const changes = changesIn(text, specs);
          const edit = acceptedEdit(text, changes);
          fc.pre(changes.length >= 2 && edit !== null);
          // One at a time, an annotation deleted by a later change would be looked for again by the next edit.
          const annotated = words.map((spec) => [fragmentIn(text, { ...spec, snap: 'word' })]);
          fc.pre(annotated.every((fragments) => !allDeleted(fragments, changes)));
          const steps: { change: Change; blocks: Block[] }[] = [];
          let current = text;
          for (const change of [...changes].reverse()) {
            const step = acceptedEdit(current, [change]);
            fc.pre(step !== null);
            steps.push({ change, blocks: step.blocks });
            current = step.after;
          }

          const dir = mkdtempSync(join(SCRATCH, 'workbench-multi-'));
          const together = annotatedProject(dir, 'Together', text, words);
          const oneByOne = annotatedProject(dir, 'OneByOne', text, words);
          try {
            const id = together.articleId;
            together.store.editArticleText({ id, changes, blocks: edit.blocks });
            for (const { change, blocks } of steps) oneByOne.store.editArticleText({ id, changes: [change], blocks });
            expect(oneByOne.store.getArticle(id).text).toBe(together.store.getArticle(id).text);
            expect(withoutAuthorship(oneByOne.store.listAnnotations(id))).toEqual(
              withoutAuthorship(together.store.listAnnotations(id)),
            );
          } finally {
            together.store.close();
            oneByOne.store.close();
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      fuzzParameters(RUNS),
    );
  },
  fuzzRuns(RUNS) * 2_000,
);
