import { join } from 'node:path';
import { expect } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { ProjectStore } from '../../../main/store/project-store';
import { WorkbenchError } from '../../../shared/ipc/errors';
import type { Label } from '../../../shared/model/annotation';
import { readSeedArticle } from '../support/seed-article';
import { span } from '../support/text-span';

/** A new project holding the seed article, as a user has it right after pasting it. */
export function seedProject(dir: string): { store: ProjectStore; path: string; articleId: number; text: string } {
  const path = join(dir, 'Annotation.awb');
  const store = ProjectStore.create(path);
  const { id } = store.createArticle(articleFromPaste({ title: 'Xi trifft Schoigu', text: readSeedArticle() }));
  return { store, path, articleId: id, text: store.getArticle(id).text };
}

export { span };

export function label(store: ProjectStore, kind: Label['kind'], name: string): Label {
  const found = store.listLabels().find((candidate) => candidate.kind === kind && candidate.name === name);
  if (found === undefined) throw new Error(`no ${kind} label ${name}`);
  return found;
}

/**
 * Leaves “Delete relation” on top of the undo stack, unable to be replayed: removing a label took
 * its annotation, one end of the deleted relation, along.
 */
export function leaveStaleUndo(store: ProjectStore, articleId: number, text: string): void {
  const party = store.addLabel({ kind: 'entity', name: 'Partei', color: '#000000' });
  const xi = store.createAnnotation({
    articleId,
    labelId: label(store, 'entity', 'Person').id,
    fragments: [span(text, 'Xi Jinping')],
  });
  const china = store.createAnnotation({ articleId, labelId: party.id, fragments: [span(text, 'China')] });
  const relation = store.createRelation({
    typeLabelId: label(store, 'relation', 'member_of').id,
    sourceAnnotationId: xi.id,
    targetAnnotationId: china.id,
  });
  store.deleteRelation(relation.id);
  store.removeLabel(party.id, { kind: 'delete-annotations' });
}

export function expectRefused(action: () => unknown, code: string, message: RegExp): void {
  let failure: unknown;
  try {
    action();
  } catch (error) {
    failure = error;
  }
  expect(failure).toBeInstanceOf(WorkbenchError);
  expect((failure as WorkbenchError).code).toBe(code);
  expect((failure as WorkbenchError).message).toMatch(message);
}
