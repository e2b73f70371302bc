import { NewRelation, NoteTarget, type Note, type Relation } from '../../../../../shared/model/annotation';
import { noteText, removeRelation } from './annotation-rules';
import { REFUSED, succeeds, type Prediction } from './prediction';
import type { ProjectModel } from './project-model';
import { expectSame } from './same';

export function createRelation(model: ProjectModel, relation: NewRelation): Prediction<Relation> {
  if (!NewRelation.safeParse(relation).success) return REFUSED;
  if (model.labels.get(relation.typeLabelId)?.kind !== 'relation') return REFUSED;
  const { sourceAnnotationId, targetAnnotationId } = relation;
  if (!model.annotations.has(sourceAnnotationId) || !model.annotations.has(targetAnnotationId)) return REFUSED;
  return succeeds((result) => {
    const expected = { id: result.id, typeLabelId: relation.typeLabelId, sourceAnnotationId, targetAnnotationId };
    expectSame(result, expected, 'the relation created');
    model.relations.set(result.id, expected);
  });
}

export function deleteRelation(model: ProjectModel, id: number): Prediction<void> {
  return model.relations.has(id) ? succeeds(() => removeRelation(model, id)) : REFUSED;
}

/** Free-standing notes sit on an article (in the trash too) or a relation; other targets hold their own note. */
function targetExists(model: ProjectModel, target: NoteTarget): boolean {
  if (target.kind === 'article') return model.articles.has(target.articleId);
  return target.kind === 'relation' && model.relations.has(target.relationId);
}

export function addNote(model: ProjectModel, target: NoteTarget, text: string): Prediction<Note> {
  const stored = noteText(text);
  if (!NoteTarget.safeParse(target).success || stored === null || !targetExists(model, target)) return REFUSED;
  return succeeds((result) => {
    const expected = { id: result.id, target, text: stored };
    expectSame(result, expected, 'the note added');
    model.notes.set(result.id, expected);
  });
}

export function updateNote(model: ProjectModel, id: number, text: string): Prediction<void> {
  const note = model.notes.get(id);
  const stored = noteText(text);
  if (note === undefined || stored === null) return REFUSED;
  return succeeds(() => model.notes.set(id, { ...note, text: stored }));
}

export function deleteNote(model: ProjectModel, id: number): Prediction<void> {
  return model.notes.has(id) ? succeeds(() => model.notes.delete(id)) : REFUSED;
}

/** Replaces an article's document labels; they come back in schema order. A change of nothing to nothing is no step. */
export function setDocumentLabels(
  model: ProjectModel,
  articleId: number,
  labelIds: readonly number[],
): Prediction<number[]> {
  const labels = labelIds.map((id) => model.labels.get(id));
  if (!model.articles.has(articleId) || labels.some((label) => label?.kind !== 'document')) return REFUSED;
  const before = model.documentLabels.get(articleId) ?? new Set();
  const after = new Set(labelIds);
  return succeeds(
    (result) => {
      model.documentLabels.set(articleId, after);
      const expected = [...after]
        .map((id) => model.labels.get(id))
        .filter((label) => label !== undefined)
        .sort((a, b) => a.position - b.position || a.id - b.id)
        .map((label) => label.id);
      expectSame(result, expected, 'the document labels');
    },
    before.size > 0 || after.size > 0,
  );
}
