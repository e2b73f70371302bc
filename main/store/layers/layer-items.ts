import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId } from '../../../shared/model/article';
import type { CurationItem } from '../../../shared/model/curation';
import type { LayerClaim, LayerRef } from '../../../shared/model/layer';
import { jsonIds } from '../store-input';
import { storedClaim, storedFragments } from './stored-layer-columns';

/**
 * The annotations of one layer in the shape agreement and curation compare: the project's own
 * (`'project'`, the curated layer) or a colleague's imported layer, by article, in text order.
 * Only articles outside the trash count, and of the project's own annotations only those anchored
 * in the text (an orphan has no place to compare). `articleIds` narrows the read; absent, every
 * article the layer annotated is read.
 */
export function readLayerItems(
  db: DatabaseSync,
  ref: LayerRef,
  articleIds?: readonly ArticleId[],
): Map<ArticleId, CurationItem[]> {
  const items = ref === 'project' ? projectItems(db, articleIds) : importedItems(db, ref, articleIds);
  const byArticle = new Map<ArticleId, CurationItem[]>();
  for (const { articleId, item } of items) {
    const list = byArticle.get(articleId);
    if (list === undefined) byArticle.set(articleId, [item]);
    else list.push(item);
  }
  return byArticle;
}

/** The live articles a layer holds annotations in, ascending. */
export function layerArticleIds(db: DatabaseSync, ref: LayerRef): ArticleId[] {
  const rows =
    ref === 'project'
      ? db
          .prepare(
            `SELECT DISTINCT article_id AS id FROM annotation
             WHERE orphaned = 0 AND ${articleScope('annotation', undefined).where} ORDER BY 1`,
          )
          .all()
      : db
          .prepare(
            `SELECT DISTINCT article_id AS id FROM layer_annotation
             WHERE layer_id = ? AND ${articleScope('layer_annotation', undefined).where} ORDER BY 1`,
          )
          .all(ref);
  return (rows as { id: number }[]).map((row) => row.id);
}

/** Both readers hand their items over in article order, then text order. */
interface ArticleItem {
  readonly articleId: ArticleId;
  readonly item: CurationItem;
}

const byPosition = (a: CurationItem, b: CurationItem): number =>
  (a.fragments[0]?.start ?? 0) - (b.fragments[0]?.start ?? 0) ||
  (a.fragments.at(-1)?.end ?? 0) - (b.fragments.at(-1)?.end ?? 0) ||
  a.labelId - b.labelId;

/**
 * `alias.article_id` narrowed to the wanted live articles, with its one parameter. The live ids come
 * from the index on deleted_at: reading deleted_at from each article row would walk past its text.
 */
function articleScope(
  alias: string,
  articleIds: readonly ArticleId[] | undefined,
): { where: string; params: string[] } {
  const live = `${alias}.article_id IN (SELECT id FROM article WHERE deleted_at IS NULL)`;
  return articleIds === undefined
    ? { where: live, params: [] }
    : { where: `${live} AND ${alias}.article_id IN (SELECT value FROM json_each(?))`, params: [jsonIds(articleIds)] };
}

interface AnnotationRow {
  id: number;
  article_id: number;
  label_id: number;
  entity_id: number | null;
  entity_name: string | null;
  quote_exact: string;
  is_claim: number | null;
  claimant_entity_id: number | null;
  claimant_name: string | null;
  claim_date: string | null;
}

/**
 * The project's annotations: one query each for annotations, fragments, claim subjects and claim
 * attributes, so 100,000 annotations cost four statements.
 */
function projectItems(db: DatabaseSync, articleIds: readonly ArticleId[] | undefined): ArticleItem[] {
  const scope = articleScope('a', articleIds);
  const args = scope.params;
  const rows = db
    .prepare(
      `SELECT a.id, a.article_id, a.label_id, a.entity_id, e.name AS entity_name, a.quote_exact,
         c.annotation_id AS is_claim, c.claimant_entity_id, ce.name AS claimant_name, c.claim_date
       FROM annotation a
       LEFT JOIN entity e ON e.id = a.entity_id
       LEFT JOIN claim c ON c.annotation_id = a.id
       LEFT JOIN entity ce ON ce.id = c.claimant_entity_id
       WHERE a.orphaned = 0 AND ${scope.where}`,
    )
    .all(...args) as unknown as AnnotationRow[];
  const fragments = grouped(
    db
      .prepare(
        `SELECT f.annotation_id AS owner, f.start, f.end FROM annotation_fragment f
         JOIN annotation a ON a.id = f.annotation_id WHERE a.orphaned = 0 AND ${scope.where}
         ORDER BY f.annotation_id, f.seq`,
      )
      .all(...args) as { owner: number; start: number; end: number }[],
  );
  const about = grouped(
    db
      .prepare(
        `SELECT ca.annotation_id AS owner, ca.entity_id, e.name FROM claim_about ca
         JOIN annotation a ON a.id = ca.annotation_id JOIN entity e ON e.id = ca.entity_id
         WHERE ${scope.where} ORDER BY ca.annotation_id, ca.rowid`,
      )
      .all(...args) as { owner: number; entity_id: number; name: string }[],
  );
  const attributes = grouped(
    db
      .prepare(
        `SELECT ct.annotation_id AS owner, ct.attribute_label_id, ct.value_label_id FROM claim_attribute ct
         JOIN annotation a ON a.id = ct.annotation_id WHERE ${scope.where}`,
      )
      .all(...args) as { owner: number; attribute_label_id: number; value_label_id: number }[],
  );
  const items = rows.map((row) => {
    const item: CurationItem = {
      annotationId: row.id,
      labelId: row.label_id,
      fragments: (fragments.get(row.id) ?? []).map(({ start, end }) => ({ start, end })),
      quote: row.quote_exact,
    };
    if (row.entity_id !== null) item.entityId = row.entity_id;
    if (row.entity_name !== null) item.entityName = row.entity_name;
    if (row.is_claim !== null) {
      const subjects = about.get(row.id) ?? [];
      const claim: LayerClaim = {
        aboutNames: subjects.map((subject) => subject.name),
        aboutEntityIds: subjects.map((subject) => subject.entity_id),
        attributes: Object.fromEntries(
          (attributes.get(row.id) ?? []).map((pair) => [pair.attribute_label_id, pair.value_label_id]),
        ),
      };
      if (row.claimant_entity_id !== null) claim.claimantEntityId = row.claimant_entity_id;
      if (row.claimant_name !== null) claim.claimantName = row.claimant_name;
      if (row.claim_date !== null) claim.date = row.claim_date;
      item.claim = claim;
    }
    return { articleId: row.article_id, item };
  });
  return items.sort((a, b) => a.articleId - b.articleId || byPosition(a.item, b.item));
}

interface LayerAnnotationRow {
  id: number;
  article_id: number;
  label_id: number;
  start: number;
  end: number;
  fragments_json: string | null;
  quote: string;
  entity_id: number | null;
  entity_name: string | null;
  claim_json: string | null;
}

function importedItems(db: DatabaseSync, layerId: number, articleIds: readonly ArticleId[] | undefined): ArticleItem[] {
  const scope = articleScope('l', articleIds);
  const rows = db
    .prepare(
      `SELECT l.id, l.article_id, l.label_id, l.start, l.end, l.quote, l.entity_id, l.entity_name, l.claim_json,
         CASE WHEN json_array_length(l.fragments_json) = 1 THEN NULL ELSE l.fragments_json END AS fragments_json
       FROM layer_annotation l WHERE l.layer_id = ? AND ${scope.where}
       ORDER BY l.article_id, l.start, l.end, l.label_id`,
    )
    .all(layerId, ...scope.params) as unknown as LayerAnnotationRow[];
  return rows.map((row) => {
    const item: CurationItem = {
      layerAnnotationId: row.id,
      labelId: row.label_id,
      // Most annotations are one piece, which start and end already say: no JSON to parse.
      fragments:
        row.fragments_json === null ? [{ start: row.start, end: row.end }] : storedFragments(row.fragments_json),
      quote: row.quote,
    };
    if (row.entity_id !== null) item.entityId = row.entity_id;
    if (row.entity_name !== null) item.entityName = row.entity_name;
    if (row.claim_json !== null) item.claim = storedClaim(row.claim_json);
    return { articleId: row.article_id, item };
  });
}

function grouped<R extends { owner: number }>(rows: readonly R[]): Map<number, R[]> {
  const groups = new Map<number, R[]>();
  for (const row of rows) {
    const group = groups.get(row.owner);
    if (group === undefined) groups.set(row.owner, [row]);
    else group.push(row);
  }
  return groups;
}
