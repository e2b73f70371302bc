import { join } from 'node:path';
import { expect } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { ProjectStore } from '../../../main/store/project-store';
import { WorkbenchError } from '../../../shared/ipc/errors';
import type { Label } from '../../../shared/model/annotation';
import { readSeedArticle } from '../support/seed-article';

/** A new project holding the seed article, as a user has it right after pasting it. */
export function seedProject(dir: string): { store: ProjectStore; path: string; articleId: number; text: string } {
  const path = join(dir, 'Annotation.awb');
  const store = ProjectStore.create(path);
  const { id } = store.createArticle(articleFromPaste({ title: 'Xi trifft Schoigu', text: readSeedArticle() }));
  return { store, path, articleId: id, text: store.getArticle(id).text };
}

export { span } from '../support/text-span';

export function label(store: ProjectStore, kind: Label['kind'], name: string): Label {
  const found = store.listLabels().find((candidate) => candidate.kind === kind && candidate.name === name);
  if (found === undefined) throw new Error(`no ${kind} label ${name}`);
  return found;
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
