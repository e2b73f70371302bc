import type { EntitySummary } from '../../../shared/model/annotation';
import { bestNameSimilarity } from '../../../shared/text/name-similarity';
import { collator } from '../text/intl-formats';

/**
 * Orders the entities `merged` could be merged into, most likely first: those of its own type
 * before the others, each group by how alike the names are (names and aliases, see
 * nameSimilarity), equally alike ones alphabetically. Each entity's similarity is worked out once.
 */
export function byMergeLikelihood(merged: EntitySummary): (a: EntitySummary, b: EntitySummary) => number {
  const mergedNames = [merged.name, ...merged.aliases];
  const similarities = new Map<number, number>();
  const similarity = (entity: EntitySummary) => {
    let known = similarities.get(entity.id);
    if (known === undefined) {
      known = bestNameSimilarity(mergedNames, [entity.name, ...entity.aliases]);
      similarities.set(entity.id, known);
    }
    return known;
  };
  const sameType = (entity: EntitySummary) => Number(entity.typeLabelId === merged.typeLabelId);
  // Looked up once per ordering, not per comparison (made on first use, not at start-up).
  const byName = collator(undefined, { sensitivity: 'base', numeric: true }).compare;
  return (a, b) => sameType(b) - sameType(a) || similarity(b) - similarity(a) || byName(a.name, b.name);
}
