import type { ProjectStore } from '../../../../../main/store/project-store';
import type { AnnotatorIdentity } from '../../../../../shared/model/annotator';

/** The colleagues who take turns in a model run (one with an e-mail, one without). */
export const MODEL_ANNOTATORS: readonly [AnnotatorIdentity, ...AnnotatorIdentity[]] = [
  { uid: '3f1a6a8e-0a51-4c8c-9b7e-0d5c1a2b3c01', name: 'Ana Ruiz', email: 'ana@example.org' },
  { uid: '9b2c7d4e-1f62-4d9d-8c8f-1e6d2b3c4d02', name: 'Ben Okafor', email: null },
];

interface Authored {
  createdBy?: number;
  createdAt?: string;
  updatedBy?: number;
  updatedAt?: string;
}

/**
 * Who made and last changed each annotation, relation, note and entity, after every step: every
 * row names a registered annotator (the model's runs always have one), was changed no earlier
 * than it was made, and an article's review status names one too.
 */
export function checkAuthorship(store: ProjectStore): void {
  const annotators = new Set(store.listAnnotators().map((annotator) => annotator.id));
  const articles = [...store.listArticles(), ...store.listTrash()];
  const rows: [string, Authored][] = [
    ...store.listEntities().map((entity): [string, Authored] => [`entity ${entity.id}`, entity]),
    ...articles.flatMap(({ id }) => [
      ...store.listAnnotations(id).map((annotation): [string, Authored] => [`annotation ${annotation.id}`, annotation]),
      ...store.listRelations(id).map((relation): [string, Authored] => [`relation ${relation.id}`, relation]),
      ...store
        .listNotes({ kind: 'article', articleId: id })
        .map((note): [string, Authored] => [`note ${note.id}`, note]),
    ]),
  ];
  for (const [what, row] of rows) {
    if (row.createdBy === undefined || !annotators.has(row.createdBy)) {
      throw new Error(`${what} was made by ${String(row.createdBy)}, who is no annotator of the project`);
    }
    if (row.updatedBy === undefined || !annotators.has(row.updatedBy)) {
      throw new Error(`${what} was changed by ${String(row.updatedBy)}, who is no annotator of the project`);
    }
    if (row.createdAt === undefined || row.updatedAt === undefined || row.updatedAt < row.createdAt) {
      throw new Error(`${what} was changed (${String(row.updatedAt)}) before it was made (${String(row.createdAt)})`);
    }
  }
  for (const article of articles) {
    const by = article.review?.by;
    if (by !== undefined && !annotators.has(by)) {
      throw new Error(`article ${article.id} has the review status of ${by}, who is no annotator of the project`);
    }
  }
}
