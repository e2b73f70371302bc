import fc from 'fast-check';
import type { NewRelation, NoteTarget } from '../../../../../shared/model/annotation';
import {
  addNote,
  createRelation,
  deleteNote,
  deleteRelation,
  setDocumentLabels,
  updateNote,
} from '../model/link-rules';
import type { ProjectModel } from '../model/project-model';
import { NOTES } from '../sample-texts';
import { annotationsOf, articlesOf } from './annotation-commands';
import { command, type ModelCommand } from './command';
import { chosenId, fromPool, pick, picks, rarely } from './picks';

const relationsOf = (model: ProjectModel) => [...model.relations.values()].sort((a, b) => a.id - b.id);
const notesOf = (model: ProjectModel) => [...model.notes.values()].sort((a, b) => a.id - b.id);

export const createRelationCommand: fc.Arbitrary<ModelCommand> = fc
  .record({ type: pick, wrongType: rarely, source: pick, target: pick, sameEnds: rarely })
  .map((spec) =>
    command(`createRelation ${JSON.stringify(spec)}`, (world) => {
      const model = world.model;
      const annotations = annotationsOf(model);
      const source = chosenId(annotations, spec.source);
      const relation: NewRelation = {
        typeLabelId: chosenId(model.labelsOf(spec.wrongType ? 'entity' : 'relation'), spec.type),
        sourceAnnotationId: source,
        targetAnnotationId: chosenId(
          annotations.filter((annotation) => spec.sameEnds || annotation.id !== source),
          spec.target,
        ),
      };
      world.recorded(
        `createRelation ${JSON.stringify(relation)}`,
        (store) => store.createRelation(relation),
        createRelation(model, relation),
      );
    }),
  );

export const deleteRelationCommand: fc.Arbitrary<ModelCommand> = pick.map((which) =>
  command(`deleteRelation ${JSON.stringify(which)}`, (world) => {
    const id = chosenId(relationsOf(world.model), which);
    world.recorded(`deleteRelation ${id}`, (store) => store.deleteRelation(id), deleteRelation(world.model, id));
  }),
);

/** A note on an article or a relation; now and then on an annotation, which holds its own note instead. */
export const addNoteCommand: fc.Arbitrary<ModelCommand> = fc
  .record({
    on: fc.oneof(
      { weight: 6, arbitrary: fc.constant('article') },
      { weight: 3, arbitrary: fc.constant('relation') },
      { weight: 1, arbitrary: fc.constant('annotation') },
    ),
    target: pick,
    text: fromPool(NOTES),
  })
  .map((spec) =>
    command(`addNote ${JSON.stringify(spec)}`, (world) => {
      const model = world.model;
      const target: NoteTarget =
        spec.on === 'article'
          ? { kind: 'article', articleId: chosenId(articlesOf(model), spec.target) }
          : spec.on === 'relation'
            ? { kind: 'relation', relationId: chosenId(relationsOf(model), spec.target) }
            : { kind: 'annotation', annotationId: chosenId(annotationsOf(model), spec.target) };
      const text = spec.text;
      world.recorded(
        `addNote ${JSON.stringify(target)} ${JSON.stringify(text)}`,
        (store) => store.addNote(target, text),
        addNote(model, target, text),
      );
    }),
  );

export const updateNoteCommand: fc.Arbitrary<ModelCommand> = fc
  .record({ note: pick, text: fromPool(NOTES) })
  .map((spec) =>
    command(`updateNote ${JSON.stringify(spec)}`, (world) => {
      const id = chosenId(notesOf(world.model), spec.note);
      const text = spec.text;
      world.recorded(
        `updateNote ${id} ${JSON.stringify(text)}`,
        (store) => store.updateNote(id, text),
        updateNote(world.model, id, text),
      );
    }),
  );

export const deleteNoteCommand: fc.Arbitrary<ModelCommand> = pick.map((which) =>
  command(`deleteNote ${JSON.stringify(which)}`, (world) => {
    const id = chosenId(notesOf(world.model), which);
    world.recorded(`deleteNote ${id}`, (store) => store.deleteNote(id), deleteNote(world.model, id));
  }),
);

export const setDocumentLabelsCommand: fc.Arbitrary<ModelCommand> = fc
  .record({ article: pick, labels: picks(2), wrongKind: rarely })
  .map((spec) =>
    command(`setDocumentLabels ${JSON.stringify(spec)}`, (world) => {
      const model = world.model;
      const articleId = chosenId(articlesOf(model), spec.article);
      const labels = model.labelsOf(spec.wrongKind ? 'relation' : 'document');
      const labelIds = spec.labels.map((which) => chosenId(labels, which));
      world.recorded(
        `setDocumentLabels ${articleId} ${JSON.stringify(labelIds)}`,
        (store) => store.setDocumentLabels(articleId, labelIds),
        setDocumentLabels(model, articleId, labelIds),
      );
    }),
  );
