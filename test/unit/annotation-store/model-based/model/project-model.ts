import type { ProjectStore } from '../../../../../main/store/project-store';
import type {
  Annotation,
  Entity,
  EntityMention,
  Label,
  Note,
  Relation,
  TextFragment,
} from '../../../../../shared/model/annotation';
import type { ArticleMetadata } from '../../../../../shared/model/article';
import { omit } from './omit';

export interface ArticleState {
  id: number;
  title: string;
  text: string;
  trashed: boolean;
  metadata: ArticleMetadata;
  /** The original bytes, which the store refuses to take twice. */
  original: string;
}

/** A rejected suggestion as the review list shows it (without when, which the clock decides). */
export interface RejectionState {
  id: number;
  articleId: number;
  start: number;
  end: number;
  labelId: number;
  exact: string;
  matched: string;
}

/** What the project holds, as the user sees it through the store's reads. */
export class ProjectModel {
  readonly labels = new Map<number, Label>();
  readonly articles = new Map<number, ArticleState>();
  readonly entities = new Map<number, Entity>();
  readonly annotations = new Map<number, Annotation>();
  readonly relations = new Map<number, Relation>();
  /** Notes on articles and relations (an annotation's or entity's note is part of it). */
  readonly notes = new Map<number, Note>();
  /** Document labels by article. */
  readonly documentLabels = new Map<number, Set<number>>();
  /** Suggestions turned down, not proposed again until forgotten. */
  readonly rejections = new Map<number, RejectionState>();

  /** The model of what `store` holds now, read through its public methods. */
  static read(store: ProjectStore): ProjectModel {
    const model = new ProjectModel();
    for (const label of store.listLabels()) model.labels.set(label.id, label);
    for (const { id } of [...store.listArticles(), ...store.listTrash()]) {
      const article = store.getArticle(id);
      model.articles.set(id, {
        id,
        title: article.title,
        text: article.text,
        trashed: article.deletedAt !== null,
        metadata: article.metadata,
        original: Buffer.from(store.getOriginal(id).bytes).toString('base64'),
      });
      for (const annotation of store.listAnnotations(id)) model.annotations.set(annotation.id, annotation);
      for (const relation of store.listRelations(id)) model.relations.set(relation.id, relation);
      for (const note of store.listNotes({ kind: 'article', articleId: id })) model.notes.set(note.id, note);
      model.documentLabels.set(id, new Set(store.documentLabels(id)));
    }
    for (const notes of store.listRelationNotes([...model.relations.keys()]).values()) {
      for (const note of notes) model.notes.set(note.id, note);
    }
    for (const entity of store.listEntities()) {
      model.entities.set(entity.id, omit(entity, 'mentionCount', 'articleCount'));
    }
    for (const rejection of store.suggestions.rejections()) {
      const { id, articleId, start, end, labelId, quote, matched } = rejection;
      model.rejections.set(id, { id, articleId, start, end, labelId, exact: quote.exact, matched });
    }
    return model;
  }

  article(id: number): ArticleState | undefined {
    return this.articles.get(id);
  }

  labelsOf(kind: Label['kind']): Label[] {
    return [...this.labels.values()].filter((label) => label.kind === kind);
  }

  annotationsIn(articleId: number): Annotation[] {
    return [...this.annotations.values()]
      .filter((annotation) => annotation.articleId === articleId)
      .sort((a, b) => firstStart(a.fragments) - firstStart(b.fragments) || a.id - b.id);
  }

  /** Everything the reads show, in the order they show it, for comparing with the store. */
  view() {
    return {
      labels: byId([...this.labels.values()]),
      articles: byId([...this.articles.values()]).map((article) => ({
        id: article.id,
        title: article.title,
        text: article.text,
        trashed: article.trashed,
        metadata: article.metadata,
        annotations: this.annotationsIn(article.id),
        relations: byId(
          [...this.relations.values()].filter((relation) =>
            [relation.sourceAnnotationId, relation.targetAnnotationId].some(
              (end) => this.annotations.get(end)?.articleId === article.id,
            ),
          ),
        ).map((relation) => ({ ...relation, notes: this.notesOn('relation', relation.id) })),
        notes: this.notesOn('article', article.id),
        documentLabels: [...(this.documentLabels.get(article.id) ?? [])]
          .map((id) => this.labels.get(id))
          .filter((label) => label !== undefined)
          .sort((a, b) => a.position - b.position || a.id - b.id)
          .map((label) => label.id),
      })),
      entities: byId([...this.entities.values()]).map((entity) => ({ ...entity, ...this.mentionsOf(entity.id) })),
      rejections: byId([...this.rejections.values()]),
    };
  }

  private notesOn(kind: 'article' | 'relation', id: number): Note[] {
    return byId(
      [...this.notes.values()].filter((note) =>
        note.target.kind === 'article'
          ? kind === 'article' && note.target.articleId === id
          : kind === 'relation' && note.target.kind === 'relation' && note.target.relationId === id,
      ),
    );
  }

  /** The entity list's counts and the entity panel's mentions: articles in the trash do not count. */
  private mentionsOf(entityId: number): { mentionCount: number; articleCount: number; mentions: EntityMention[] } {
    const mentions = [...this.annotations.values()]
      .filter(
        (annotation) => annotation.entityId === entityId && this.articles.get(annotation.articleId)?.trashed === false,
      )
      .map((annotation) => ({
        annotationId: annotation.id,
        articleId: annotation.articleId,
        articleTitle: this.articles.get(annotation.articleId)?.title ?? '',
        fragments: annotation.fragments,
        quote: annotation.quote,
      }))
      .sort(
        (a, b) =>
          Buffer.compare(Buffer.from(a.articleTitle), Buffer.from(b.articleTitle)) ||
          a.articleId - b.articleId ||
          firstStart(a.fragments) - firstStart(b.fragments) ||
          a.annotationId - b.annotationId,
      );
    return {
      mentionCount: mentions.length,
      articleCount: new Set(mentions.map((mention) => mention.articleId)).size,
      mentions,
    };
  }
}

export type ProjectView = ReturnType<ProjectModel['view']>;

/** The same view, read from the store: its lists in its order, its counts and mentions. */
export function storeView(store: ProjectStore): ProjectView {
  const read = ProjectModel.read(store);
  const view = read.view();
  const counts = new Map(store.listEntities().map((entity) => [entity.id, entity]));
  return {
    labels: view.labels,
    articles: view.articles.map((article) => ({
      ...article,
      annotations: store.listAnnotations(article.id),
      relations: store.listRelations(article.id).map((relation) => ({
        ...relation,
        notes: store.listNotes({ kind: 'relation', relationId: relation.id }),
      })),
      notes: store.listNotes({ kind: 'article', articleId: article.id }),
      documentLabels: store.documentLabels(article.id),
    })),
    entities: view.entities.map((entity) => ({
      ...entity,
      mentionCount: counts.get(entity.id)?.mentionCount ?? -1,
      articleCount: counts.get(entity.id)?.articleCount ?? -1,
      mentions: store.entityMentions(entity.id),
    })),
    rejections: view.rejections,
  };
}

function firstStart(fragments: readonly TextFragment[]): number {
  return fragments[0]?.start ?? 0;
}

function byId<T extends { id: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.id - b.id);
}
