import type { Article, ArticleId } from '../../shared/model/article';
import type { Annotation, Entity, Label, Note, Relation } from '../../shared/model/annotation';
import type { ProjectStore } from '../store/project-store';

/** One article with everything annotated in it, as every export format reads it. */
export interface ExportedArticle {
  readonly article: Article;
  /** In text order; orphaned annotations included (formats that need positions skip them and say so). */
  readonly annotations: readonly Annotation[];
  /** Relations with at least one end in this article. */
  readonly relations: readonly Relation[];
  /** Free notes on the article. */
  readonly notes: readonly Note[];
  readonly documentLabelIds: readonly number[];
}

/**
 * What an export reads: a consistent snapshot of the chosen articles and the project-wide schema
 * and entity registry. Offsets inside are the internal unit (UTF-16 code units of the normalised
 * text, shared/text/offsets.ts); each format converts at its own boundary.
 */
export interface ExportSet {
  readonly projectName: string;
  readonly exportedAt: string;
  readonly labels: readonly Label[];
  readonly entities: readonly Entity[];
  /** Free notes on relations, keyed by relation id. */
  readonly relationNotes: ReadonlyMap<number, readonly Note[]>;
  readonly articles: readonly ExportedArticle[];
}

/** Reads the export snapshot; all articles not in the trash when `articleIds` is omitted. */
export function readExportSet(store: ProjectStore, articleIds?: readonly ArticleId[], now = new Date()): ExportSet {
  const ids = articleIds ?? store.listArticles().map((summary) => summary.id);
  const articles = ids.map((id): ExportedArticle => ({
    article: store.getArticle(id),
    annotations: store.listAnnotations(id),
    relations: store.listRelations(id),
    notes: store.listNotes({ kind: 'article', articleId: id }),
    documentLabelIds: store.documentLabels(id),
  }));
  const relationNotes = new Map<number, readonly Note[]>();
  for (const { relations } of articles) {
    for (const relation of relations) {
      if (relationNotes.has(relation.id)) continue;
      const notes = store.listNotes({ kind: 'relation', relationId: relation.id });
      if (notes.length > 0) relationNotes.set(relation.id, notes);
    }
  }
  return {
    projectName: store.info().name,
    exportedAt: now.toISOString(),
    labels: store.listLabels(),
    entities: store.listEntities().map(({ mentionCount: _count, articleCount: _articles, ...entity }) => entity),
    relationNotes,
    articles,
  };
}
