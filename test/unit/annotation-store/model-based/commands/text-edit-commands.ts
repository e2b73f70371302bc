import fc from 'fast-check';
import type { ArticleTextEdit } from '../../../../../shared/model/article-text-edit';
import type { ProjectModel } from '../model/project-model';
import { editArticleText } from '../model/text-edit-rules';
import { applyChanges, paragraphBlocks, splitsPair, type Change } from '../model/text-rules';
import { INSERTIONS } from '../sample-texts';
import { articlesOf } from './annotation-commands';
import { command, type ModelCommand } from './command';
import { chosen, chosenId, nth, pick } from './picks';

/** Where a change goes: anywhere, cutting into an annotation, or over all of an annotation (which orphans it). */
type Place = 'anywhere' | 'in-annotation' | 'over-annotation';

const changeSpec = fc.record({
  place: fc.constantFrom<Place>('anywhere', 'in-annotation', 'in-annotation', 'over-annotation'),
  annotation: pick,
  at: fc.nat({ max: 100_000 }),
  length: fc.nat({ max: 15 }),
  insert: fc.nat(),
  wholeCharacters: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(true), fc.boolean()),
});
type ChangeSpec = typeof changeSpec extends fc.Arbitrary<infer T> ? T : never;

export const textEditSpec = fc.record({ article: pick, changes: fc.array(changeSpec, { minLength: 1, maxLength: 3 }) });
export type TextEditSpec = typeof textEditSpec extends fc.Arbitrary<infer T> ? T : never;

function changeIn(model: ProjectModel, articleId: number, text: string, spec: ChangeSpec): Change {
  const anchored = model.annotationsIn(articleId).filter((annotation) => !annotation.orphaned);
  const annotation = spec.place === 'anywhere' ? undefined : chosen(anchored, spec.annotation);
  let from = spec.at % (text.length + 1);
  let to = Math.min(text.length, from + spec.length);
  if (annotation !== undefined && spec.place === 'over-annotation') {
    from = annotation.fragments[0]?.start ?? 0;
    to = Math.min(text.length, (annotation.fragments.at(-1)?.end ?? 0) + (spec.length % 3));
  } else if (annotation !== undefined) {
    const fragment = annotation.fragments[spec.at % annotation.fragments.length] ?? { start: 0, end: 0 };
    from = fragment.start + (spec.at % (fragment.end - fragment.start + 1));
    to = Math.min(text.length, from + spec.length);
  }
  if (spec.wholeCharacters && splitsPair(text, from)) from--;
  if (spec.wholeCharacters && splitsPair(text, to)) to++;
  return { from, to, insertedText: nth(INSERTIONS, spec.insert) };
}

/** The edit the editor would send: changes in text order and apart (later ones that clash are left out). */
export function textEditIn(model: ProjectModel, spec: TextEditSpec): ArticleTextEdit {
  const id = chosenId(articlesOf(model), spec.article);
  const text = model.article(id)?.text ?? '';
  const changes: Change[] = [];
  for (const change of spec.changes.map((one) => changeIn(model, id, text, one)).sort((a, b) => a.from - b.from)) {
    const previous = changes.at(-1);
    if (previous === undefined || (change.from >= previous.to && change.from > previous.from)) changes.push(change);
  }
  return { id, changes, blocks: paragraphBlocks(applyChanges(text, changes)) };
}

export const editTextCommand: fc.Arbitrary<ModelCommand> = textEditSpec.map((spec) =>
  command(`editArticleText ${JSON.stringify(spec)}`, (world) => {
    const edit = textEditIn(world.model, spec);
    world.recorded(
      `editArticleText ${edit.id} ${JSON.stringify(edit.changes)}`,
      (store) => store.editArticleText(edit),
      editArticleText(world.model, edit),
    );
  }),
);
