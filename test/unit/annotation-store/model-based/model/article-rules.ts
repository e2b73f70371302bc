import type { ArticleInput } from '../../../../../main/store/article-repository';
import type { Article, ArticleEdit, ArticleSummary } from '../../../../../shared/model/article';
import { removeAnnotations } from './annotation-rules';
import { REFUSED, succeeds, type Prediction } from './prediction';
import type { ProjectModel } from './project-model';
import { expectSame } from './same';

function originalKey(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** A new article, unless its original is already in the project (in the library or the trash). */
export function createArticle(model: ProjectModel, input: ArticleInput): Prediction<ArticleSummary> {
  const original = originalKey(input.original.bytes);
  if ([...model.articles.values()].some((article) => article.original === original)) return REFUSED;
  return succeeds((result) => {
    const metadata = { ...input.metadata, tags: [] };
    expectSame([result.title, result.deletedAt, result.metadata], [input.title, null, metadata], 'the article created');
    model.articles.set(result.id, {
      id: result.id,
      title: input.title,
      text: input.text,
      trashed: false,
      metadata,
      original,
    });
    model.documentLabels.set(result.id, new Set());
  });
}

/** A checked metadata edit (the contract checks it, the store trusts it): only the fields given change. */
export function updateArticle(model: ProjectModel, id: number, edit: ArticleEdit): Prediction<ArticleSummary> {
  const article = model.articles.get(id);
  if (article === undefined) return REFUSED;
  const { title, tags, ...fields } = edit;
  const metadata = {
    ...article.metadata,
    ...Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, value === '' ? null : value])),
    ...(tags === undefined ? {} : { tags: [...new Set(tags)] }),
  };
  const expected = { ...article, title: title ?? article.title, metadata };
  return succeeds((result) => {
    expectSame([result.title, result.metadata], [expected.title, expected.metadata], 'the article edited');
    model.articles.set(id, expected);
  });
}

/** Moves articles to or from the trash; counts those that moved. */
export function moveArticles(model: ProjectModel, ids: readonly number[], toTrash: boolean): Prediction<number> {
  const moving = [...new Set(ids)]
    .map((id) => model.articles.get(id))
    .filter((article) => article !== undefined && article.trashed !== toTrash);
  return succeeds((count) => {
    expectSame(count, moving.length, 'the number of articles moved');
    for (const article of moving) if (article !== undefined) article.trashed = toTrash;
  });
}

/** Deletes the articles in the trash for good, with everything annotated in them. */
export function emptyTrash(model: ProjectModel): Prediction<number> {
  const gone = [...model.articles.values()].filter((article) => article.trashed).map((article) => article.id);
  return succeeds((count) => {
    expectSame(count, gone.length, 'the number of articles deleted');
    removeAnnotations(
      model,
      new Set([...model.annotations.values()].filter((a) => gone.includes(a.articleId)).map((a) => a.id)),
    );
    for (const id of gone) {
      model.articles.delete(id);
      model.documentLabels.delete(id);
    }
    for (const note of [...model.notes.values()]) {
      if (note.target.kind === 'article' && gone.includes(note.target.articleId)) model.notes.delete(note.id);
    }
    for (const rejection of [...model.rejections.values()]) {
      if (gone.includes(rejection.articleId)) model.rejections.delete(rejection.id);
    }
  });
}

/** Re-decoding replaces the text of an article nothing is annotated in yet (orphans count). */
export function replaceArticleText(model: ProjectModel, id: number, text: string): Prediction<Article> {
  const article = model.articles.get(id);
  const annotated = [...model.annotations.values()].some((annotation) => annotation.articleId === id);
  if (article === undefined || annotated) return REFUSED;
  return succeeds((result) => {
    expectSame(result.text, text, 'the text replaced');
    article.text = text;
  });
}
