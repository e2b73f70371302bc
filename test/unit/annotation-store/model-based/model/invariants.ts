import { Annotation, Entity, Label, Note, Relation } from '../../../../../shared/model/annotation';
import type { z } from 'zod';
import type { ProjectModel } from './project-model';
import { expectSame } from './same';
import { hasLoneSurrogate, quoteOf, validFragments } from './text-rules';

function expectValid(schema: z.ZodType, value: unknown, what: string): void {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${what} breaks the model: ${parsed.error.issues[0]?.message ?? '?'}`);
}

/**
 * What holds after every step, whatever the step was: every row is a valid instance of the shared
 * model (so the IPC contract would pass it on), and every annotation that is not an orphan quotes
 * exactly the text at its fragments, with its context, without half a character anywhere.
 */
export function checkInvariants(model: ProjectModel): void {
  for (const label of model.labels.values()) expectValid(Label, label, `label ${label.id}`);
  for (const entity of model.entities.values()) expectValid(Entity, entity, `entity ${entity.id}`);
  for (const relation of model.relations.values()) expectValid(Relation, relation, `relation ${relation.id}`);
  for (const note of model.notes.values()) expectValid(Note, note, `note ${note.id}`);
  for (const annotation of model.annotations.values()) {
    const what = `annotation ${annotation.id}`;
    expectValid(Annotation, annotation, what);
    const { exact, prefix, suffix } = annotation.quote;
    if ([exact, prefix, suffix].some(hasLoneSurrogate)) throw new Error(`${what} quotes half a character`);
    if (annotation.orphaned) continue;
    const text = model.articles.get(annotation.articleId)?.text ?? '';
    if (!validFragments(text, annotation.fragments)) {
      throw new Error(`${what} has fragments ${JSON.stringify(annotation.fragments)} that do not fit its text`);
    }
    expectSame(annotation.quote, quoteOf(text, annotation.fragments), `the quote of ${what}`);
  }
}
