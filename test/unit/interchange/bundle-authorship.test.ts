import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBundle, readBundle } from '../../../main/interchange/formats/bundle/bundle-import';
import { FileToImport } from '../../../main/import-formats/file-to-import';
import { ProjectStore } from '../../../main/store/project-store';
import { present } from '../support/present';
import { useTempDir } from '../support/temp-dir';
import { exportBundleText, sha256 } from './support/bundle-text';
import { span } from '../support/text-span';
import { createAnnotatedProject, labelNamed } from './support/annotated-fixture';

const tempDir = useTempDir();

const file = (json: string) => new FileToImport('project.awb.json', Buffer.from(json));

type AuthoredNote = string | (AuthoredRow & { text: string });
interface AuthoredRow {
  id: string;
  createdBy?: string;
  createdAt?: string;
  updatedBy?: string;
  updatedAt?: string;
}
interface AuthoredBundle {
  annotators: { id: string; name: string }[];
  entities: AuthoredRow[];
  relations: (AuthoredRow & { notes: AuthoredNote[] })[];
  articles: {
    id: string;
    review?: { status: string; by?: string; at?: string };
    notes: AuthoredNote[];
    annotations: AuthoredRow[];
  }[];
}

const MARIA = { uid: '6a0e8d4c-6a43-4a4e-9a55-0f6f4f0e2b11', name: 'Maria', email: 'maria@example.org' };

/** The annotated project, then Maria adds an entity, an annotation and a relation and marks the seed article done. */
function authoredProject(dir: string) {
  const project = createAnnotatedProject(dir);
  const { store, seedArticleId } = project;
  store.useAnnotator(MARIA);
  const text = store.getArticle(seedArticleId).text;
  const person = labelNamed(store, 'entity', 'Person').id;
  store.createEntity({ typeLabelId: person, name: 'Sergei Lawrow', externalIds: [] });
  const russia = store.createAnnotation({
    articleId: seedArticleId,
    labelId: labelNamed(store, 'entity', 'Organisation').id,
    fragments: [span(text, 'Russischen Föderation')],
  });
  const xi = present(
    store.listAnnotations(seedArticleId).find((annotation) => annotation.quote.exact === 'Xi Jinping'),
  );
  store.createRelation({
    typeLabelId: present(store.listLabels().find((label) => label.kind === 'relation')).id,
    sourceAnnotationId: xi.id,
    targetAnnotationId: russia.id,
  });
  store.setReviewStatus(seedArticleId, 'done');
  store.addNote({ kind: 'article', articleId: seedArticleId }, 'Zweite Quelle prüfen.');
  return project;
}

describe('authorship in the native bundle', () => {
  it('carries who made what and each article’s review, and round-trips them byte for byte', async () => {
    const dir = tempDir();
    const { store, seedArticleId } = authoredProject(dir);
    const first = exportBundleText(store);
    const bundle = JSON.parse(first) as AuthoredBundle;
    const mariaRef = present(bundle.annotators.find((annotator) => annotator.name === 'Maria')).id;
    const seed = present(bundle.articles.find((article) => article.review?.status === 'done'));
    expect(seed.review).toMatchObject({ status: 'done', by: mariaRef });
    expect(seed.annotations.filter((annotation) => annotation.createdBy === mariaRef)).toHaveLength(1);
    expect(seed.notes).toContainEqual(expect.objectContaining({ text: 'Zweite Quelle prüfen.', createdBy: mariaRef }));
    expect(bundle.entities.find((entity) => entity.createdBy === mariaRef)).toBeDefined();
    expect(bundle.relations.filter((relation) => relation.createdBy === mariaRef)).toHaveLength(1);
    // Rows made before anyone was named have their time but no author.
    expect(seed.annotations.some((a) => a.createdBy === undefined && a.createdAt !== undefined)).toBe(true);

    const target = ProjectStore.create(join(dir, 'Empty.awb'));
    const report = await importBundle(target, readBundle(file(first)));
    expect(report.problems).toEqual([]);
    expect(sha256(exportBundleText(target))).toBe(sha256(first));

    const targetMaria = present(target.listAnnotators().find((annotator) => annotator.uid === MARIA.uid));
    const imported = present(target.listArticles().find((article) => article.review?.status === 'done'));
    expect(imported.review).toEqual({ ...store.getArticle(seedArticleId).review, by: targetMaria.id });
    store.close();
    target.close();
  });

  it('still imports a bundle without authorship, stamping what it adds as before', async () => {
    const dir = tempDir();
    const { store } = authoredProject(dir);
    const bundle = JSON.parse(exportBundleText(store)) as AuthoredBundle;
    const without = (row: object, keys: readonly string[]) =>
      Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key)));
    const strip = (row: AuthoredRow) => without(row, ['createdBy', 'createdAt', 'updatedBy', 'updatedAt']);
    const texts = (notes: AuthoredNote[]) => notes.map((note) => (typeof note === 'string' ? note : note.text));
    const old = {
      ...bundle,
      entities: bundle.entities.map(strip),
      relations: bundle.relations.map((relation) => ({ ...strip(relation), notes: texts(relation.notes) })),
      articles: bundle.articles.map((article) => ({
        ...without(article, ['review']),
        notes: texts(article.notes),
        annotations: article.annotations.map(strip),
      })),
    };
    const target = ProjectStore.create(join(dir, 'Old.awb'));
    const report = await importBundle(target, readBundle(file(JSON.stringify(old))));
    expect(report.problems).toEqual([]);
    expect(report.imported).toBe(true);
    // Annotated on import, the seed article is in progress as any newly annotated article is.
    expect(target.listArticles().map((article) => article.review?.status)).toContain('in-progress');
    store.close();
    target.close();
  });

  it('refuses a bundle whose authorship names an annotator it does not define, saying where', async () => {
    const dir = tempDir();
    const { store } = authoredProject(dir);
    const bundle = JSON.parse(exportBundleText(store)) as AuthoredBundle;
    const article = present(bundle.articles[0]);
    const annotation = present(article.annotations[0]);
    annotation.createdBy = 'annotator-99';
    const read = readBundle(file(JSON.stringify(bundle)));
    expect('problems' in read ? read.problems : []).toContainEqual({
      place: expect.stringMatching(new RegExp(`^project\\.awb\\.json › ${article.id} “.*” › ${annotation.id}$`)),
      message: 'It refers to the annotator annotator-99, which the bundle does not define.',
    });
    const target = ProjectStore.create(join(dir, 'Refused.awb'));
    const report = await importBundle(target, read);
    expect(report.imported).toBe(false);
    expect(target.listArticles()).toEqual([]);
    store.close();
    target.close();
  });
});
