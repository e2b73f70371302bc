import type { DatabaseSync } from 'node:sqlite';
import type { AnnotatedSpan } from '../../../shared/agreement/annotated-span';
import { spanDisagreements } from '../../../shared/agreement/span-disagreements';
import { matchSpansExactly } from '../../../shared/agreement/span-matching';
import type { ArticleId } from '../../../shared/model/article';
import type { CurationItem, CurationQuery, Disagreement } from '../../../shared/model/curation';
import { layerArticleIds, readLayerItems } from '../layers/layer-items';
import { jsonIds } from '../store-input';
import { decisionSlot, decisionsIn } from './curation-decisions';
import { disagreementKey, layerUidOf } from './disagreement-key';
import { claimDifferences, type CurationNames } from './item-differences';

/**
 * Where layers A and B differ, article by article in text order: spans (boundary, label, a span
 * only one has) and claims both marked on the same text whose claimant, subjects, attributes or
 * date differ. Articles only one of them annotated are left out: a layer that never looked at an
 * article does not disagree with the other there. Each disagreement carries what the project's own
 * layer holds there now (`curated`: its annotations overlapping the place with one of the labels
 * involved, which a choice replaces) and the decision taken there, if any.
 */
export function findDisagreements(db: DatabaseSync, query: CurationQuery): Disagreement[] {
  const articleIds = query.articleIds ?? bothAnnotated(db, query);
  const wanted = query.labelIds === undefined ? undefined : new Set(query.labelIds);
  const read = (ref: CurationQuery['a']) => {
    const items = readLayerItems(db, ref, articleIds);
    if (wanted === undefined) return items;
    return new Map([...items].map(([id, list]) => [id, list.filter((item) => wanted.has(item.labelId))]));
  };
  const itemsA = read(query.a);
  const itemsB = read(query.b);
  const curated = query.a === 'project' ? itemsA : query.b === 'project' ? itemsB : read('project');
  const context = curationContext(db, articleIds);
  const decisions = decisionsIn(db, articleIds);
  const layerUids = { a: layerUidOf(db, query.a), b: layerUidOf(db, query.b) };
  return articleIds.flatMap((articleId) => {
    const a = itemsA.get(articleId);
    const b = itemsB.get(articleId);
    const uid = context.articleUids.get(articleId);
    if (a === undefined || b === undefined || uid === undefined) return [];
    return articleDisagreements(a, b, context).map((found): Disagreement => {
      const key = disagreementKey(uid, layerUids, found.kind, found, {
        a: found.a && context.labelUid(found.a.labelId),
        b: found.b && context.labelUid(found.b.labelId),
      });
      const decision = decisions.get(decisionSlot(articleId, key));
      return {
        ...found,
        key,
        articleId,
        curated: curatedAt(curated.get(articleId) ?? [], found),
        ...(decision === undefined ? {} : { decision }),
      };
    });
  });
}

type Found = Pick<Disagreement, 'kind' | 'start' | 'end' | 'a' | 'b' | 'differences'>;

/** The names and uids a disagreement is described and keyed with, read once per call. */
export interface CurationContext extends CurationNames {
  readonly articleUids: ReadonlyMap<ArticleId, string>;
  labelUid(id: number): string;
}

export function curationContext(db: DatabaseSync, articleIds: readonly ArticleId[]): CurationContext {
  const labels = new Map(
    (db.prepare('SELECT id, uid, name FROM label').all() as { id: number; uid: string; name: string }[]).map((row) => [
      row.id,
      row,
    ]),
  );
  const articles = db
    .prepare('SELECT id, uid FROM article WHERE id IN (SELECT value FROM json_each(?))')
    .all(jsonIds(articleIds)) as { id: number; uid: string }[];
  const entityName = db.prepare('SELECT name FROM entity WHERE id = ?');
  return {
    articleUids: new Map(articles.map((row) => [row.id, row.uid])),
    labelUid: (id) => labels.get(id)?.uid ?? `#${id}`,
    label: (id) => labels.get(id)?.name ?? `#${id}`,
    entity: (id) => (entityName.get(id) as { name: string } | undefined)?.name,
  };
}

function bothAnnotated(db: DatabaseSync, query: CurationQuery): ArticleId[] {
  const inB = new Set(layerArticleIds(db, query.b));
  return layerArticleIds(db, query.a).filter((id) => inB.has(id));
}

/** The disagreements of one article's two versions, in text order. */
export function articleDisagreements(
  a: readonly CurationItem[],
  b: readonly CurationItem[],
  names: CurationNames,
): Found[] {
  // An item is compared as one span from its first piece to its last; the map finds it again.
  const items = new Map<AnnotatedSpan, CurationItem>();
  const spansOf = (list: readonly CurationItem[]) =>
    list.map((item) => {
      const span = { start: item.fragments[0]?.start ?? 0, end: item.fragments.at(-1)?.end ?? 0, label: item.labelId };
      items.set(span, item);
      return span;
    });
  const spansA = spansOf(a);
  const spansB = spansOf(b);
  const itemOf = (span: AnnotatedSpan): CurationItem => {
    const item = items.get(span);
    if (item === undefined) throw new Error('A compared span lost its annotation.');
    return item;
  };
  const found: Found[] = matchSpansExactly(spansA, spansB).pairs.flatMap(([x, y]) => {
    const itemA = itemOf(x);
    const itemB = itemOf(y);
    if (itemA.claim === undefined && itemB.claim === undefined) return [];
    const differences = claimDifferences(itemA.claim, itemB.claim, names);
    return differences.length === 0
      ? []
      : [{ kind: 'claim', start: x.start, end: x.end, a: itemA, b: itemB, differences }];
  });
  for (const span of spanDisagreements(spansA, spansB)) {
    const itemA = 'first' in span ? itemOf(span.first) : undefined;
    const itemB = 'second' in span ? itemOf(span.second) : undefined;
    const kind = span.kind === 'only-first' ? 'only-a' : span.kind === 'only-second' ? 'only-b' : span.kind;
    found.push({
      kind,
      start: span.start,
      end: span.end,
      ...(itemA === undefined ? {} : { a: itemA }),
      ...(itemB === undefined ? {} : { b: itemB }),
      differences: spanDifferences(kind, itemA, itemB, names),
    });
  }
  return found.sort((x, y) => x.start - y.start || x.end - y.end);
}

function spanDifferences(
  kind: Disagreement['kind'],
  a: CurationItem | undefined,
  b: CurationItem | undefined,
  names: CurationNames,
): string[] {
  const version = (item: CurationItem) => `${names.label(item.labelId)} “${item.quote}”`;
  if (a !== undefined && b !== undefined) {
    return kind === 'label'
      ? [
          `Label: ${names.label(a.labelId)} ≠ ${names.label(b.labelId)}`,
          ...(a.quote === b.quote ? [] : [`Text: “${a.quote}” ≠ “${b.quote}”`]),
        ]
      : [`Text: “${a.quote}” ≠ “${b.quote}”`];
  }
  if (a !== undefined) return [`Only A: ${version(a)}`];
  return b === undefined ? [] : [`Only B: ${version(b)}`];
}

/** The project's annotations a choice at this place replaces: overlapping it, with a label involved. */
export function curatedAt(
  project: readonly CurationItem[],
  found: Pick<Found, 'start' | 'end' | 'a' | 'b'>,
): CurationItem[] {
  const labels = new Set([found.a?.labelId, found.b?.labelId]);
  return project.filter(
    (item) =>
      labels.has(item.labelId) &&
      item.fragments.some((fragment) => fragment.start < found.end && found.start < fragment.end),
  );
}
