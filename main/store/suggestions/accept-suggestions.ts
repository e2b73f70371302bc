import type { DatabaseSync } from 'node:sqlite';
import type { ParsedArgOf } from '../../../shared/ipc/contract';
import type { Annotation, NewAnnotation } from '../../../shared/model/annotation';
import type { Suggestion } from '../../../shared/model/suggestion';
import type { Stamp } from '../authorship';
import { createAnnotations } from '../annotation-repository';
import { createEntity } from '../entity-repository';
import { ArticleTexts } from '../article-texts';
import { currentQuote } from './current-quote';
import { originColumns } from './origin-columns';

export type AcceptedSuggestion = ParsedArgOf<'suggestion.accept'>['accepted'][number];

function spanKey(articleId: number, start: number, end: number, labelId: number): string {
  return `${articleId}:${start}:${end}:${labelId}`;
}

/**
 * The annotations of one fragment already in the articles, by place and label: accepting what is
 * there already would only duplicate it.
 */
class AnnotatedPlaces {
  private readonly places = new Set<string>();
  private readonly readArticles = new Set<number>();

  constructor(private readonly db: DatabaseSync) {}

  has(articleId: number, start: number, end: number, labelId: number): boolean {
    if (!this.readArticles.has(articleId)) {
      this.readArticles.add(articleId);
      const rows = this.db
        .prepare(
          `SELECT a.label_id, min(f.start) AS start, max(f.end) AS end FROM annotation a
           JOIN annotation_fragment f ON f.annotation_id = a.id
           WHERE a.article_id = ? GROUP BY a.id HAVING count(*) = 1`,
        )
        .all(articleId) as { label_id: number; start: number; end: number }[];
      for (const row of rows) this.places.add(spanKey(articleId, row.start, row.end, row.label_id));
    }
    return this.places.has(spanKey(articleId, start, end, labelId));
  }

  add(articleId: number, start: number, end: number, labelId: number): void {
    this.places.add(spanKey(articleId, start, end, labelId));
  }
}

/** The entity an accepted suggestion links to: the one picked, the first it names, or a new one (made once). */
class EntityChoice {
  constructor(
    private readonly db: DatabaseSync,
    private readonly stamp: Stamp,
  ) {}

  for({ suggestion, entityId }: AcceptedSuggestion): number | undefined {
    if (entityId !== undefined) return entityId;
    const entity = suggestion.entity;
    if (entity === null) return undefined;
    if (entity.kind === 'existing') return entity.entityIds[0];
    // A gazetteer's new entity is made once: the next suggestion of it, or an entity of that type
    // and name the analyst made meanwhile, is reused.
    const same = this.db
      .prepare('SELECT id FROM entity WHERE type_label_id = ? AND name = ? ORDER BY id LIMIT 1')
      .get(entity.draft.typeLabelId, entity.draft.name.trim()) as { id: number } | undefined;
    return same?.id ?? createEntity(this.db, entity.draft, this.stamp).id;
  }
}

/**
 * Annotates what the suggestions propose, linked to their entities, and remembers which origin
 * proposed each (suggestion_acceptance) for acceptance rates. A suggestion whose place already has
 * an annotation of its label, or that is listed twice, is skipped; one whose text has changed
 * since refuses the whole call. Returns the annotations made, in text order.
 */
export function acceptSuggestions(
  db: DatabaseSync,
  accepted: readonly AcceptedSuggestion[],
  stamp: Stamp,
): Annotation[] {
  const texts = new ArticleTexts(db);
  const annotated = new AnnotatedPlaces(db);
  const entities = new EntityChoice(db, stamp);
  const inputs: NewAnnotation[] = [];
  const origins = new Map<string, Suggestion['origin']>();
  for (const choice of accepted) {
    const { articleId, start, end, labelId, origin } = choice.suggestion;
    currentQuote(texts, choice.suggestion);
    if (annotated.has(articleId, start, end, labelId)) continue;
    annotated.add(articleId, start, end, labelId);
    const entityId = entities.for(choice);
    inputs.push({ articleId, labelId, fragments: [{ start, end }], ...(entityId === undefined ? {} : { entityId }) });
    origins.set(spanKey(articleId, start, end, labelId), origin);
  }
  if (inputs.length === 0) return [];
  const created = createAnnotations(db, inputs, stamp);
  const remember = db.prepare(
    'INSERT INTO suggestion_acceptance (annotation_id, origin_kind, origin_id) VALUES (?, ?, ?)',
  );
  for (const annotation of created) {
    const fragment = annotation.fragments[0];
    const origin =
      fragment === undefined
        ? undefined
        : origins.get(spanKey(annotation.articleId, fragment.start, fragment.end, annotation.labelId));
    if (origin === undefined) continue;
    const columns = originColumns(origin);
    remember.run(annotation.id, columns.origin_kind, columns.origin_id);
  }
  return created;
}
