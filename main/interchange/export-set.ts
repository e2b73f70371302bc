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
  /**
   * The exact bytes an article was imported from, read only by the formats that carry them (the
   * native bundle). Originals never change once stored, so reading them later is still consistent.
   */
  readOriginal(articleId: ArticleId): { bytes: Uint8Array; name: string | null };
}

/**
 * Reads the export snapshot in one read transaction, so a write landing meanwhile (the user keeps
 * annotating while a long export runs) is either wholly in it or wholly absent. All articles not in
 * the trash when `articleIds` is omitted.
 */
export function readExportSet(store: ProjectStore, articleIds?: readonly ArticleId[], now = new Date()): ExportSet {
  return store.readConsistently(() => readSnapshot(store, articleIds, now));
}

function readSnapshot(store: ProjectStore, articleIds: readonly ArticleId[] | undefined, now: Date): ExportSet {
  const ids = articleIds ?? store.listArticles().map((summary) => summary.id);
  const articles = ids.map((id): ExportedArticle => ({
    article: store.getArticle(id),
    annotations: store.listAnnotations(id),
    relations: store.listRelations(id),
    notes: store.listNotes({ kind: 'article', articleId: id }),
    documentLabelIds: store.documentLabels(id),
  }));
  const relationIds = new Set(articles.flatMap(({ relations }) => relations.map((relation) => relation.id)));
  const relationNotes: ReadonlyMap<number, readonly Note[]> = store.listRelationNotes([...relationIds]);
  return {
    projectName: store.info().name,
    exportedAt: now.toISOString(),
    labels: store.listLabels(),
    entities: store.listEntities().map(({ mentionCount: _count, articleCount: _articles, ...entity }) => entity),
    relationNotes,
    articles,
    readOriginal: (articleId) => store.getOriginal(articleId),
  };
}
