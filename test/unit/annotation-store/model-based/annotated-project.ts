import { join } from 'node:path';
import { pastedWithSetLanguage } from './pasted-with-set-language';
import { ProjectStore } from '../../../../main/store/project-store';
import type { TextFragment } from '../../../../shared/model/annotation';
import { fragmentIn, type FragmentSpec } from './commands/specs';
import { applyChanges, paragraphBlocks, validChanges, type Change } from './model/text-rules';

export interface AnnotatedProject {
  readonly store: ProjectStore;
  readonly articleId: number;
}

/** A new project in `dir` holding `text`, with a Person annotation on each word the specs pick. */
export function annotatedProject(dir: string, name: string, text: string, words: readonly FragmentSpec[]) {
  const store = ProjectStore.create(join(dir, `${name}.awb`));
  const { id: articleId } = store.createArticle(pastedWithSetLanguage({ title: name, text }));
  const person = store.listLabels().find((label) => label.name === 'Person');
  if (person === undefined) throw new Error('the default schema has changed');
  const fragments = new Map<string, TextFragment>();
  for (const spec of words) {
    const fragment = fragmentIn(text, { ...spec, snap: 'word' });
    fragments.set(`${fragment.start}-${fragment.end}`, fragment);
  }
  store.createAnnotations(
    [...fragments.values()].map((fragment) => ({ articleId, labelId: person.id, fragments: [fragment] })),
  );
  return { store, articleId };
}

/** The changes as the editor would send them, or null if the store must refuse them (they cut a character, or leave text not NFC). */
export function acceptedEdit(text: string, changes: readonly Change[]) {
  const after = applyChanges(text, changes);
  if (!validChanges(text, changes) || after.trim() === '' || after !== after.normalize('NFC')) return null;
  return { changes: [...changes], blocks: paragraphBlocks(after), after };
}
