import fc from 'fast-check';
import {
  createAnnotationCommand,
  createAnnotationsCommand,
  deleteAnnotationsCommand,
  reattachAnnotationCommand,
  updateAnnotationCommand,
} from './annotation-commands';
import {
  createArticleCommand,
  emptyTrashCommand,
  replaceTextCommand,
  trashCommand,
  updateArticleCommand,
} from './article-commands';
import type { ModelCommand } from './command';
import { createEntityCommand, mergeEntitiesCommand, splitMentionCommand, updateEntityCommand } from './entity-commands';
import {
  addLabelCommand,
  importDefaultSchemaCommand,
  removeLabelCommand,
  schemaRoundTripCommand,
  updateLabelCommand,
} from './label-commands';
import {
  addNoteCommand,
  createRelationCommand,
  deleteNoteCommand,
  deleteRelationCommand,
  setDocumentLabelsCommand,
  updateNoteCommand,
} from './link-commands';
import {
  candidatesCommand,
  redoCommand,
  reopenCommand,
  searchCommand,
  undoCommand,
  undoThenRedoCommand,
  useAnnotatorCommand,
} from './session-commands';
import { acceptSuggestionsCommand, rejectSuggestionsCommand, unrejectCommand } from './suggestion-commands';
import { editTextCommand } from './text-edit-commands';

/** Every public action of the store, and the reads that must agree with what it did. */
const COMMANDS = {
  createAnnotation: createAnnotationCommand,
  createAnnotations: createAnnotationsCommand,
  updateAnnotation: updateAnnotationCommand,
  deleteAnnotations: deleteAnnotationsCommand,
  reattachAnnotation: reattachAnnotationCommand,
  createEntity: createEntityCommand,
  updateEntity: updateEntityCommand,
  mergeEntities: mergeEntitiesCommand,
  splitMentionOff: splitMentionCommand,
  createRelation: createRelationCommand,
  deleteRelation: deleteRelationCommand,
  addNote: addNoteCommand,
  updateNote: updateNoteCommand,
  deleteNote: deleteNoteCommand,
  setDocumentLabels: setDocumentLabelsCommand,
  editArticleText: editTextCommand,
  undo: undoCommand(fc.constant(1)),
  redo: redoCommand(fc.constant(1)),
  undoSeveral: undoCommand(fc.integer({ min: 2, max: 6 })),
  redoSeveral: redoCommand(fc.integer({ min: 2, max: 6 })),
  undoThenRedo: undoThenRedoCommand,
  addLabel: addLabelCommand,
  updateLabel: updateLabelCommand,
  removeLabel: removeLabelCommand,
  importDefaultSchema: importDefaultSchemaCommand,
  schemaRoundTrip: schemaRoundTripCommand,
  createArticle: createArticleCommand,
  updateArticle: updateArticleCommand,
  trashArticles: trashCommand(true),
  restoreArticles: trashCommand(false),
  emptyTrash: emptyTrashCommand,
  replaceArticleText: replaceTextCommand,
  reopen: reopenCommand,
  search: searchCommand,
  findEntityCandidates: candidatesCommand,
  useAnnotator: useAnnotatorCommand,
  acceptSuggestions: acceptSuggestionsCommand,
  rejectSuggestions: rejectSuggestionsCommand,
  unreject: unrejectCommand,
} satisfies Record<string, fc.Arbitrary<ModelCommand>>;

export type CommandName = keyof typeof COMMANDS;
export type Weights = Record<CommandName, number>;

/** How often each command comes up in a random run: annotating most, removing things for good least. */
export const EVERYDAY_WEIGHTS: Weights = {
  createAnnotation: 12,
  createAnnotations: 3,
  updateAnnotation: 5,
  deleteAnnotations: 3,
  reattachAnnotation: 2,
  createEntity: 5,
  updateEntity: 5,
  mergeEntities: 2,
  splitMentionOff: 2,
  createRelation: 3,
  deleteRelation: 1,
  addNote: 2,
  updateNote: 1,
  deleteNote: 1,
  setDocumentLabels: 2,
  editArticleText: 7,
  undo: 6,
  redo: 3,
  undoSeveral: 2,
  redoSeveral: 1,
  undoThenRedo: 3,
  addLabel: 2,
  updateLabel: 1,
  removeLabel: 2,
  importDefaultSchema: 1,
  schemaRoundTrip: 1,
  createArticle: 1,
  updateArticle: 1,
  trashArticles: 1,
  restoreArticles: 1,
  emptyTrash: 1,
  replaceArticleText: 1,
  reopen: 1,
  search: 1,
  findEntityCandidates: 1,
  useAnnotator: 2,
  acceptSuggestions: 3,
  rejectSuggestions: 3,
  unreject: 2,
};

/** A sequence of `steps` commands drawn with the given weights. */
export function commandSequence(weights: Weights, steps: { min: number; max: number }): fc.Arbitrary<ModelCommand[]> {
  const choices = (Object.keys(COMMANDS) as CommandName[])
    .filter((name) => weights[name] > 0)
    .map((name) => ({ weight: weights[name], arbitrary: COMMANDS[name] }));
  return fc.array(fc.oneof(...choices), { minLength: steps.min, maxLength: steps.max });
}
